import Foundation

/// Writes a file under a temporary name beside its destination and renames it into place on `commit()`,
/// so a reader (or a run killed midway) sees either the previous complete file or the new one, never a torn one.
/// A durable file is also flushed to the disk before the rename; a run's many per-document files are not, and
/// are flushed together by a `FileSystemFlush` before the run's manifest is written.
public final class AtomicFile {
    public let destination: URL
    private let temporary: URL
    private let handle: FileHandle
    private let durable: Bool
    private var buffer = Data()
    private var committed = false

    public init(_ destination: URL, durable: Bool = true) throws {
        self.destination = destination
        self.durable = durable
        temporary = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
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
        try write(bytes: text.utf8)
    }

    public func write<Bytes: Sequence<UInt8>>(bytes: Bytes) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Flushes, syncs (when durable) and renames the file into place.
    public func commit() throws {
        try flush()
        if durable { try handle.synchronize() }
        try handle.close()
        guard rename(temporary.path, destination.path) == 0 else {
            throw ReportError.unwritable(destination.path)
        }
        committed = true
    }

    /// Writes a whole file atomically.
    public static func write(_ text: String, to url: URL, durable: Bool = true) throws {
        let file = try AtomicFile(url, durable: durable)
        try file.write(text)
        try file.commit()
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Flushes everything written on the file system holding a folder to the disk in one call (`syncfs`) instead of one
/// `fsync` per file. Make it before the writes it must vouch for: Linux reports a write-back error to `syncfs` only
/// through descriptors opened before the error happened.
public final class FileSystemFlush {
    private let folder: String
    private let descriptor: Int32

    public init(folder: URL) throws {
        self.folder = folder.path
        descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw ReportError.unwritable("\(folder.path): \(String(cString: strerror(errno)))") }
    }

    deinit { close(descriptor) }

    /// Glibc's module does not export `syncfs`, so it is looked up; without it, `sync` flushes every file system.
    public func flush() throws {
        typealias SyncFS = @convention(c) (Int32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "syncfs") else { sync(); return }
        guard unsafeBitCast(symbol, to: SyncFS.self)(descriptor) == 0 else {
            throw ReportError.unwritable("\(folder): \(String(cString: strerror(errno)))")
        }
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
