/// What the list screens share: cycling a filter through its values and keeping the selected
/// row inside the visible window.
public enum ListScrolling {
    /// The first visible row that keeps row `index` in view, moving the window as little as possible.
    public static func offset(keeping index: Int, current: Int, visible: Int, count: Int) -> Int {
        var scroll = current
        if index < scroll { scroll = index }
        if index >= scroll + visible { scroll = index - visible + 1 }
        return max(0, min(scroll, max(0, count - visible)))
    }

    /// The value after `current` in `values`, wrapping round: what a "next filter value" key does.
    public static func next<T: Equatable>(after current: T, in values: [T]) -> T {
        step(from: current, in: values, forward: true)
    }

    /// The neighbour of `current` in `values` either way, wrapping round: fields, panes, choices.
    public static func step<T: Equatable>(from current: T, in values: [T], forward: Bool) -> T {
        let index = values.firstIndex(of: current) ?? 0
        return values[(index + (forward ? 1 : values.count - 1)) % values.count]
    }
}
