import Foundation

/// Writes a file under a temporary name beside its destination and renames it into place on `commit()`,
/// so a reader (or a run killed midway) sees either the previous complete file or the new one, never a torn one.
public final class AtomicFile {
    public let destination: URL
    private let temporary: URL
    private let handle: FileHandle
    private var buffer = Data()
    private var committed = false

    public init(_ destination: URL) throws {
        self.destination = destination
        temporary = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).\(getpid()).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw ReportError.unwritable(destination.path)
        }
        handle = try FileHandle(forWritingTo: temporary)
    }

    deinit {
        if !committed {
            try? handle.close()
            try? FileManager.default.removeItem(at: temporary)
        }
    }

    public func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Flushes, syncs and renames the file into place.
    public func commit() throws {
        try flush()
        try handle.synchronize()
        try handle.close()
        guard rename(temporary.path, destination.path) == 0 else {
            throw ReportError.unwritable(destination.path)
        }
        committed = true
    }

    /// Writes a whole file atomically.
    public static func write(_ text: String, to url: URL) throws {
        let file = try AtomicFile(url)
        try file.write(text)
        try file.commit()
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}

public enum ReportError: Error, CustomStringConvertible {
    case unwritable(String)

    public var description: String {
        switch self {
        case .unwritable(let path): return "cannot write \(path)"
        }
    }
}
