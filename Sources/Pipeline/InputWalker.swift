import DocumentModel
import Foundation

/// Finds the input files of a run: files given directly, and every file under given folders (recursively,
/// sorted, hidden entries skipped, symlink loops and unreadable folders reported rather than followed forever).
public struct InputWalker {
    /// An input found, or a problem with one.
    public enum Item: Equatable {
        case document(URL, display: String)
        case skipped(display: String, reason: String)
        case failed(display: String, reason: String)

        public var display: String {
            switch self {
            case .document(_, let display), .skipped(let display, _), .failed(let display, _): return display
            }
        }
    }

    /// Extensions that are never review documents (gold labels, metadata, scripts, images).
    static let ignoredExtensions: Set<String> = ["jsonl", "json", "csv", "tsv", "yaml", "yml", "py", "sh", "swift",
                                                 "png", "jpg", "jpeg", "gif", "svg", "css", "js", "gitkeep"]

    public init() {}

    public func items(for inputs: [String]) -> [Item] {
        var result: [Item] = []
        var visited = Set<String>()
        for input in inputs {
            let url = URL(fileURLWithPath: input)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                result.append(.failed(display: input, reason: "no such file or folder"))
                continue
            }
            if isDirectory.boolValue {
                walk(url, display: Self.displayRoot(input), visited: &visited, into: &result)
            } else {
                result.append(classify(url, display: input))
            }
        }
        return result.sorted { $0.display < $1.display }
    }

    private func walk(_ folder: URL, display: String, visited: inout Set<String>, into result: inout [Item]) {
        let real = folder.resolvingSymlinksInPath().path
        guard visited.insert(real).inserted else {
            result.append(.skipped(display: display, reason: "symbolic link loop (folder already visited)"))
            return
        }
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: folder.path) } catch {
            result.append(.failed(display: display, reason: "cannot read folder: permission denied or unreadable"))
            return
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let child = folder.appendingPathComponent(name)
            let childDisplay = display.isEmpty ? name : "\(display)/\(name)"
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: child.path, isDirectory: &isDirectory) else {
                result.append(.failed(display: childDisplay, reason: "broken symbolic link"))
                continue
            }
            if isDirectory.boolValue {
                walk(child, display: childDisplay, visited: &visited, into: &result)
            } else {
                result.append(classify(child, display: childDisplay))
            }
        }
    }

    private func classify(_ url: URL, display: String) -> Item {
        let ext = url.pathExtension.lowercased()
        if Self.ignoredExtensions.contains(ext) {
            return .skipped(display: display, reason: "not a review document (.\(ext) files are data, not inputs)")
        }
        return .document(url, display: display)
    }

    /// A folder input is shown by its own name (`Corpus`, `peers`), so outputs do not depend on where it lives.
    private static func displayRoot(_ path: String) -> String {
        let name = URL(fileURLWithPath: path).standardizedFileURL.lastPathComponent
        return name == "/" ? "" : name
    }
}
