import AnnexDomain

/// A popup, form or picker a feature declares in its own folder, without a case of its own in
/// `Popup`: it names the keys that apply and handles them. It goes on the layer stack as
/// `Popup.of(layer)`; its view is drawn by its screen's view (`ScreenView.drawLayer`).
public protocol FeatureLayer: Sendable, Equatable {
    /// The keys that apply while it is on top.
    var context: KeyContext { get }
    /// Whether the layer below stays visible under it (a small question over its form).
    var showsBelow: Bool { get }
    /// A form whose text would be lost if its save failed or conflicted: it comes back instead.
    var isEditor: Bool { get }
    /// Whether it takes typed text: keys typed ahead of the save that closes it must not run on
    /// the screen below.
    var isTyping: Bool { get }
    /// The editor again after a conflict, now editing from the file's version (`theirs`), so
    /// saving it again keeps the user's text in the fields they changed and the rest from disk.
    func rebased(onto theirs: Snapshot) -> Self
    /// A key while it is on top; it replaces or closes itself through `state.popup`.
    func handle(_ key: KeyPress, command: Command?, _ state: inout AppState, ids: IDGenerator) -> [Effect]
}

extension FeatureLayer {
    public var showsBelow: Bool { false }
    public var isEditor: Bool { false }
    public var isTyping: Bool { isEditor }
    public func rebased(onto theirs: Snapshot) -> Self { self }

    fileprivate func isEqual(_ other: any FeatureLayer) -> Bool { (other as? Self) == self }
    fileprivate func rebasedLayer(onto theirs: Snapshot) -> AnyLayer { AnyLayer(rebased(onto: theirs)) }
}

/// A feature's layer, whatever its type, as the stack holds it.
public struct AnyLayer: Sendable, Equatable {
    public let base: any FeatureLayer

    public init(_ base: some FeatureLayer) { self.base = base }

    public func rebased(onto theirs: Snapshot) -> AnyLayer { base.rebasedLayer(onto: theirs) }

    public static func == (lhs: AnyLayer, rhs: AnyLayer) -> Bool { lhs.base.isEqual(rhs.base) }
}

extension Popup {
    /// A feature's layer on the stack.
    public static func of(_ layer: some FeatureLayer) -> Popup { .layer(AnyLayer(layer)) }

    /// The layer as its feature's type, when it is one.
    public func layer<Layer: FeatureLayer>(_ type: Layer.Type) -> Layer? {
        if case .layer(let layer) = self { return layer.base as? Layer }
        return nil
    }
}
