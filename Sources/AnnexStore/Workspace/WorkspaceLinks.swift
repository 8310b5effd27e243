import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A shared repository can hold symbolic links (git stores them), and one in place of a record,
/// a journal or an audit folder would have Annex read or append anywhere on the machine. Below
/// the workspace's root Annex reads and writes only real files and folders. (The root itself may
/// be a link: the user chose it.)
extension WorkspaceStore {
    /// `relative` with its absolute path, once no part of it below the root is a link.
    func realPath(_ relative: String) throws -> String {
        var partial = root
        for component in relative.split(separator: "/") where component != "." {
            partial += "/"
            partial += component
            var info = stat()
            guard lstat(partial, &info) == 0 else { break }
            if (info.st_mode & S_IFMT) == S_IFLNK {
                let shown = String(partial.dropFirst(root.count + 1))
                let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: partial)).map { " (to \($0))" } ?? ""
                throw StoreError(path: shown, "is a symbolic link\(target): Annex reads and writes only files inside the workspace, never through links")
            }
        }
        return absolute(relative)
    }
}
