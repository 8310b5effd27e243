/// A popup, form or picker a feature declares in its own folder, without a case of its own in
/// `Popup`: it names the keys that apply and handles them. It goes on the layer stack as
/// `Popup.layer(AnyLayer(…))`; its view is drawn by its screen's view (`ScreenView.drawLayer`).
public protocol FeatureLayer: Sendable, Equatable {
    /// The keys that apply while it is on top.
    var context: KeyContext { get }
    /// Whether the layer below stays visible under it (a small question over its form).
    var showsBelow: Bool { get }
    /// A key while it is on top; it replaces or closes itself through `state.popup`.
    func handle(_ key: KeyPress, command: Command?, _ state: inout AppState) -> [Effect]
}

extension FeatureLayer {
    public var showsBelow: Bool { false }

    fileprivate func isEqual(_ other: any FeatureLayer) -> Bool { (other as? Self) == self }
}

/// A feature's layer, whatever its type, as the stack holds it.
public struct AnyLayer: Sendable, Equatable {
    public let base: any FeatureLayer

    public init(_ base: some FeatureLayer) { self.base = base }

    public static func == (lhs: AnyLayer, rhs: AnyLayer) -> Bool { lhs.base.isEqual(rhs.base) }
}
