import Foundation

/// Writes a file under a temporary name beside its destination and renames it into place on `commit()`,
/// so a reader (or a run killed midway) sees either the previous complete file or the new one, never a torn one.
/// A durable file is also flushed to the disk before the rename; a run's many per-document files are not, and
/// are flushed together by a `FileSystemFlush` before the run's manifest is written.
public final class AtomicFile {
    public let destination: URL
    private let temporary: String
    private let descriptor: Int32
    private let durable: Bool
    private var buffer: [UInt8] = []
    private var committed = false
    private var closed = false

    public init(_ destination: URL, durable: Bool = true) throws {
        self.destination = destination
        self.durable = durable
        let folder = destination.deletingLastPathComponent().path
        temporary = folder + (folder.hasSuffix("/") ? "" : "/")
            + ".\(destination.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw ReportError.unwritable("\(destination.path): \(String(cString: strerror(errno)))") }
    }

    deinit {
        if !closed { close(descriptor) }
        if !committed { unlink(temporary) }
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
        if durable, fsync(descriptor) != 0 { throw failure() }
        closed = true
        guard close(descriptor) == 0 else { throw failure() }
        guard rename(temporary, destination.path) == 0 else { throw failure() }
        committed = true
    }

    /// Writes a whole file atomically.
    public static func write(_ text: String, to url: URL, durable: Bool = true) throws {
        let file = try AtomicFile(url, durable: durable)
        try file.write(text)
        try file.commit()
    }

    private func flush() throws {
        var written = 0
        while written < buffer.count {
            let count = buffer.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress! + written, $0.count - written) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { throw failure() }
            written += count
        }
        buffer.removeAll(keepingCapacity: true)
    }

    private func failure() -> ReportError {
        .unwritable("\(destination.path): \(String(cString: strerror(errno)))")
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

    // An early flush holds a strong reference, so this runs only once none is under way (and on whichever thread
    // let go last: it must not wait on `background`).
    deinit { close(descriptor) }

    private let background = DispatchQueue(label: "reviewlens.flush")
    private let lock = NSLock()
    private var pending = false
    /// The first error an early flush met (the kernel reports a write-back error once per descriptor).
    private var earlyError: Int32 = 0

    /// Starts flushing what has been written so far on a background thread (unless a flush is already under way),
    /// so that the final `flush()` waits only for what was written since. Its error is kept for `flush()`.
    public func flushEarly() {
        lock.lock()
        defer { lock.unlock() }
        guard !pending else { return }
        pending = true
        background.async { [self] in
            let failed = Self.syncfs(descriptor) != 0 ? errno : 0
            lock.lock()
            if failed != 0, earlyError == 0 { earlyError = failed }
            pending = false
            lock.unlock()
        }
    }

    /// Flushes everything written so far; throws when this or an early flush failed.
    public func flush() throws {
        background.sync {}
        let failed = Self.syncfs(descriptor) != 0 ? errno : earlyError
        guard failed == 0 else { throw ReportError.unwritable("\(folder): \(String(cString: strerror(failed)))") }
    }

    /// Glibc's module does not export `syncfs`, so it is looked up; without it, `sync` flushes every file system.
    private static func syncfs(_ descriptor: Int32) -> Int32 {
        typealias SyncFS = @convention(c) (Int32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "syncfs") else { sync(); return 0 }
        return unsafeBitCast(symbol, to: SyncFS.self)(descriptor)
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
