import AnnexDomain

/// The register's rows: the risks at the positions the filter and the sort chose, read in place.
/// A letter typed into the filter of 10,000 risks then copies no risk: only the rows drawn are read.
public struct RiskRows: RandomAccessCollection, Sendable, Equatable {
    let risks: [Risk]
    let positions: [Int]

    public var startIndex: Int { 0 }
    public var endIndex: Int { positions.count }
    public subscript(index: Int) -> Risk { risks[positions[index]] }

    /// Equal arrays sharing storage compare in constant time: the usual case.
    public static func == (lhs: RiskRows, rhs: RiskRows) -> Bool { lhs.positions == rhs.positions && lhs.risks == rhs.risks }
}
