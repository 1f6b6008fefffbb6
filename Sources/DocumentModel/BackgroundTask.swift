import Foundation

/// Work started on another thread the moment this is made; `result()` waits for it and returns its value or rethrows
/// its error (as often as asked). The one way the stages overlap work: compiling rules while inputs are hashed,
/// reading the model while the packs parse, the next window while this one is merged, the database while the
/// tables are written.
public final class BackgroundTask<Value>: @unchecked Sendable {
    private let group = DispatchGroup()
    private var outcome: Result<Value, Error>?

    public init(_ work: @escaping () throws -> Value) {
        DispatchQueue.global().async(group: group) { self.outcome = Result(catching: work) }
    }

    /// Waits for the work; its value, or its error.
    public func result() throws -> Value {
        group.wait()
        return try outcome!.get()
    }

    /// Waits for the work, whatever its outcome (before returning on another error, so nothing runs on behind it).
    public func wait() { group.wait() }
}
