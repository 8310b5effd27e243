import AnnexApp
import TerminalCore

/// What draws the layers (popups, forms, pickers) of one feature.
protocol LayerView: Sendable {
    /// Draws `layer` when it is one of this feature's (`FeatureLayer`); false when it is not.
    func drawLayer<S: Surface>(_ layer: any FeatureLayer, state: AppState, in area: Rect, into surface: inout S, context: RenderContext) -> Bool
}

/// A screen's view: it draws the body between the tab bar and the status line from the state,
/// and records where its lists and panes are for clicks and page sizes.
protocol ScreenView: LayerView {
    var screen: Screen { get }
    func draw<S: Surface>(_ state: AppState, in area: Rect, into surface: inout S, context: RenderContext)
}

extension ScreenView {
    func drawLayer<S: Surface>(_ layer: any FeatureLayer, state: AppState, in area: Rect, into surface: inout S, context: RenderContext) -> Bool {
        false
    }
}

/// The view of each registered screen (`ScreenFeatures`), in the same order.
enum ScreenViews {
    static let all: [any ScreenView] = [
        DashboardScreen(),
        ControlsScreen(),
        RisksScreen(),
        AuditsScreen(),
        ActionsScreen(),
        EvidenceScreen(),
    ]

    static func view(for screen: Screen) -> any ScreenView {
        all.first { $0.screen == screen } ?? all[0]
    }

    /// Every view that draws layers: the screens', then those of features without a screen.
    static let layers: [any LayerView] = all + [ImportLayersView()]

    /// The tabs: the registered screens that have a view.
    static var screens: [Screen] { ScreenFeatures.screens.filter { screen in all.contains { $0.screen == screen } } }
}
