/// The dashboard: figures of the whole ISMS, no panes of its own.
struct DashboardFeature: ScreenFeature {
    var screen: Screen { .dashboard }
    var show: Command { .showDashboard }
    var panes: [Pane] { [] }
    var commands: [Command] { DashboardKeys.commands }
    var keys: [(context: KeyContext, bindings: [Binding])] { DashboardKeys.contexts }
    var paneContexts: [KeyContext] { [.dashboard] }

    func context(_ state: AppState) -> KeyContext { .dashboard }
}

extension Screen {
    public static let dashboard = Screen("dashboard", "Dashboard")
}
