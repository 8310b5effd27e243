import AnnexDomain

/// Asking which file to import: a path, relative to where Annex was started or absolute.
public struct ImportForm: Sendable, Equatable {
    public var kind: ImportPreview.Kind
    public var path = LineEditor()
    public var error: Notice?

    public init(kind: ImportPreview.Kind) { self.kind = kind }
}

extension ImportForm: FeatureLayer {
    public var context: KeyContext { .importForm }
    public var isEditor: Bool { true }

    public func handle(_ key: KeyPress, command: Command?, _ state: inout AppState, ids: IDGenerator) -> [Effect] {
        var form = self
        switch command {
        case .cancel:
            state.popup = nil
            state.status = StatusMessage(.info, ImportNotice.nothingImported)
        case .confirm:
            let path = form.path.text.trimmingWhitespace
            guard !path.isEmpty else {
                form.error = ImportNotice.needsFile.notice
                state.popup = .of(form)
                return []
            }
            state.popup = .of(form)
            state.status = StatusMessage(.info, ImportNotice.reading(path))
            return [.planImport(kind, path: path)]
        default:
            if TextInput.edit(&form.path, with: key) { form.error = nil }
            state.popup = .of(form)
        }
        return []
    }
}

/// The import's changes before they are written: Enter imports them as one change (undone as
/// one step), Esc leaves the workspace as it is.
public struct ImportPreviewLayer: Sendable, Equatable {
    public var preview: ImportPreview
    public init(preview: ImportPreview) { self.preview = preview }
}

extension ImportPreviewLayer: FeatureLayer {
    public var context: KeyContext { .importPreview }

    public func handle(_ key: KeyPress, command: Command?, _ state: inout AppState, ids: IDGenerator) -> [Effect] {
        var layer = self
        let lines = layer.preview.problems.count + layer.preview.notes.count + layer.preview.lines.count
        switch command {
        case .cancel:
            state.popup = nil
            state.status = StatusMessage(.info, ImportNotice.nothingImported)
            return []
        case .confirm:
            return ImportEditing.apply(preview, &state)
        case .moveDown: layer.preview.scroll = min(layer.preview.scroll + 1, max(0, lines - 1))
        case .moveUp: layer.preview.scroll = max(0, layer.preview.scroll - 1)
        case .pageDown: layer.preview.scroll = min(layer.preview.scroll + 10, max(0, lines - 1))
        case .pageUp: layer.preview.scroll = max(0, layer.preview.scroll - 10)
        default: break
        }
        state.popup = .of(layer)
        return []
    }
}

/// Opening an import, taking in its preview, writing it, and undoing it as one step.
enum ImportEditing {
    static func open(_ kind: ImportPreview.Kind, _ state: inout AppState) -> [Effect] {
        state.popup = .of(ImportForm(kind: kind))
        return []
    }

    static func planned(_ preview: ImportPreview, _ state: inout AppState) {
        // The question is still open: a preview that arrives after Esc is not shown.
        guard state.popup?.layer(ImportForm.self) != nil else { return }
        state.popup = .of(ImportPreviewLayer(preview: preview))
        state.status = preview.problems.isEmpty
            ? StatusMessage(.info, ImportNotice.wouldChange(preview.changeCount, preview.kind, unchanged: preview.unchanged))
            : StatusMessage(.error, ImportNotice.cannotImport(preview.problems.count, preview.file))
    }

    static func apply(_ preview: ImportPreview, _ state: inout AppState) -> [Effect] {
        guard preview.problems.isEmpty else {
            state.status = StatusMessage(.error, ImportNotice.cannotImport(preview.problems.count, preview.file))
            return []
        }
        state.popup = nil
        guard !preview.after.isEmpty else {
            state.status = StatusMessage(.info, ImportNotice.nothingToChange(preview.kind))
            return []
        }
        Snapshots.remember(.group(preview.before), after: .group(preview.after), in: &state)
        Snapshots.apply(.group(preview.after), to: &state)
        state.status = StatusMessage(.info, ShellNotice.saving)
        return [.applyImport(preview, describe: ImportNotice.imported(preview.changeCount, preview.kind, file: preview.file).notice)]
    }
}

/// What importing says on the status line and in its popups.
public enum ImportNotice: NoticeWording {
    case needsFile
    case reading(String)
    case nothingImported
    case nothingToChange(ImportPreview.Kind)
    case wouldChange(Int, ImportPreview.Kind, unchanged: Int)
    case cannotImport(Int, String)
    case imported(Int, ImportPreview.Kind, file: String)

    public var words: MessageText {
        switch self {
        case .needsFile: "Name a .csv or .xlsx file"
        case .reading(let path): "Reading \(path)…"
        case .nothingImported: "Nothing imported"
        case .nothingToChange(let kind): "The file holds the \(kind.records) as they are: nothing to import"
        case .wouldChange(let count, let kind, let unchanged):
            "\(count) \(kind.records) would change, \(unchanged) unchanged: \(key: .confirm) imports them as one change"
        case .cannotImport(let count, let file): "\(count) \(count == 1 ? "problem" : "problems") in \(file): nothing can be imported"
        case .imported(let count, let kind, let file): "\(count) \(kind.records) imported from \(file) (\(key: .undo) undoes the import)"
        }
    }
}

extension Command {
    public static let importSpreadsheet = Command("importSpreadsheet", "Import from a spreadsheet (.csv, .xlsx)", hint: "Import")
}

extension KeyContext {
    public static let importForm = KeyContext("importForm", "Importing: the file")
    public static let importPreview = KeyContext("importPreview", "Importing: what would change")
}
