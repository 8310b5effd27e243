/// How much of a split one area asks for. When space runs short, areas give it up in the
/// reverse of this order: `.fill`, `.percentage`, `.length`, `.max`, `.min` (as in ratatui),
/// so minimum sizes are the last to be broken.
public enum Constraint: Hashable, Sendable {
    /// Exactly `n` cells.
    case length(Int)
    /// At least `n` cells; takes what is left over when no `.fill` area wants it.
    case min(Int)
    /// At most `n` cells; takes `n` when there is room.
    case max(Int)
    /// This share (0–100) of the whole length, rounded down.
    case percentage(Int)
    /// What is left, shared between fill areas in proportion to their weights.
    case fill(Int)
}
