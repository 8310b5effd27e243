import AnnexDomain

/// Choosing why an included control is in the SoA: several reasons may hold at once, each
/// toggled; the auditor reads them to see that the selection is traceable.
public struct ReasonsForm: Sendable, Equatable {
    public let control: String
    /// The entry as it was when the form opened: what the save merges against.
    public var original: SoAEntry
    public var chosen: Set<InclusionReason>
    public var cursor = 0

    public init(entry: SoAEntry) {
        control = entry.control
        original = entry
        chosen = Set(entry.reasons)
    }
}

extension ReasonsForm: FeatureLayer {
    public var context: KeyContext { .reasonsForm }
    public var isEditor: Bool { true }

    public func rebased(onto theirs: Snapshot) -> ReasonsForm {
        guard case .soa(let entry) = theirs, entry.control == control else { return self }
        var form = self
        form.original = entry
        return form
    }

    public func handle(_ key: KeyPress, command: Command?, _ state: inout AppState, ids: IDGenerator) -> [Effect] {
        var form = self
        let count = InclusionReason.allCases.count
        switch command {
        case .cancel:
            state.popup = nil
            state.status = StatusMessage(.info, ShellNotice.editCancelled)
            return []
        case .confirm:
            return SoAEditing.submit(form, &state)
        case .moveDown: form.cursor = (form.cursor + 1) % count
        case .moveUp: form.cursor = (form.cursor + count - 1) % count
        case .toggleChoice:
            let reason = InclusionReason.allCases[form.cursor]
            if form.chosen.remove(reason) == nil { form.chosen.insert(reason) }
        default: break
        }
        state.popup = .of(form)
        return []
    }
}
