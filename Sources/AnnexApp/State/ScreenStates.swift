/// The state of one screen, kept in `AppState.screenStates` under its type.
public protocol ScreenState: Sendable, Equatable {
    init()
}

/// Every screen's state, found by type, so a new screen adds its state in its own folder
/// (`extension AppState { var myScreen: MyState }`) and nothing else in AppState changes.
public struct ScreenStates: Sendable, Equatable {
    private var values: [ObjectIdentifier: any ScreenState] = [:]

    public init() {}

    /// A screen's state; a fresh one until it is first changed.
    public subscript<State: ScreenState>(_ type: State.Type) -> State {
        get { values[ObjectIdentifier(type)] as? State ?? State() }
        set { values[ObjectIdentifier(type)] = newValue }
        // Taken out while it changes, so its arrays are not shared and changing one costs no copy.
        _modify {
            let key = ObjectIdentifier(type)
            var value = values.removeValue(forKey: key) as? State ?? State()
            defer { values[key] = value }
            yield &value
        }
    }

    /// A state never changed and one changed back to a fresh one are the same.
    public static func == (lhs: ScreenStates, rhs: ScreenStates) -> Bool {
        Set(lhs.values.keys).union(rhs.values.keys).allSatisfy { key in
            switch (lhs.values[key], rhs.values[key]) {
            case let (left?, right?): left.isEqual(right)
            case let (left?, nil): left.isFresh
            case let (nil, right?): right.isFresh
            case (nil, nil): true
            }
        }
    }
}

/// Test failures print states with `dump`: the screens' states in a fixed order, fresh ones left out.
extension ScreenStates: CustomReflectable {
    public var customMirror: Mirror {
        let changed = values.values.filter { !$0.isFresh }.sorted { String(describing: type(of: $0)) < String(describing: type(of: $1)) }
        return Mirror(self, children: changed.map { (label: String(describing: type(of: $0)), value: $0 as Any) }, displayStyle: .struct)
    }
}

extension ScreenState {
    fileprivate func isEqual(_ other: any ScreenState) -> Bool { (other as? Self) == self }
    fileprivate var isFresh: Bool { self == Self() }
}
