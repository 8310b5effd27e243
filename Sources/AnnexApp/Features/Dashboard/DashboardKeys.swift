/// The keys of the dashboard screen and its popups, with the commands only it has.
enum DashboardKeys {
    static let commands: [Command] = [.showDashboard]

    static let contexts: [(context: KeyContext, bindings: [Binding])] = [
        (.dashboard, [
            Binding(["enter"], .showControls, hint: true),
        ]),
    ]
}

extension Command {
    public static let showDashboard = Command("showDashboard", "Dashboard")
}

extension KeyContext {
    public static let dashboard = KeyContext("dashboard", "Dashboard")
}
