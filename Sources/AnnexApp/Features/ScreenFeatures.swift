/// The screens of Annex, in tab order: registering a feature here gives it a tab, a number
/// key, its keys in help, the palette and `annex keys`, and its commands. Its view is
/// registered in AnnexViews' `ScreenViews`.
public enum ScreenFeatures {
    public static let all: [any ScreenFeature] = [
        DashboardFeature(),
        ControlsFeature(),
        RisksFeature(),
        AuditsFeature(),
        ActionsFeature(),
        EvidenceFeature(),
    ]

    public static func feature(for screen: Screen) -> any ScreenFeature {
        all.first { $0.screen == screen } ?? all[0]
    }

    public static var screens: [Screen] { all.map(\.screen) }

    /// The contexts of panes (no popup open), whose keys come after the global ones.
    public static var paneContexts: Set<KeyContext> {
        Set(all.flatMap(\.paneContexts))
    }
}
