import AnnexApp

/// The words a test expects on the status line: a message compares by kind and by the text the
/// user reads, so a test states that text rather than which notice said it.
struct StatusWords: NoticeWording {
    let text: String
    var words: MessageText { MessageText(text) }
}

extension StatusMessage {
    init(_ kind: Kind, _ text: String) { self.init(kind, StatusWords(text: text)) }
}
