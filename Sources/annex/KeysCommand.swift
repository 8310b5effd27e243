import AnnexApp
import ArgumentParser

struct Keys: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the terminal UI's keymap as Markdown.")

    func run() throws {
        Output.print(KeymapDocument.markdown(.standard), terminator: "")
    }
}
