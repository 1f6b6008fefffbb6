import Classification
import DocumentModel
import Foundation
import Ingestion
import Reporting
import Segmentation

/// Runs a batch: finds the inputs, processes documents (in parallel when asked, merged in input order),
/// streams passages to `passages.jsonl`, then writes the counts, the quadrant and the manifest — every file
/// atomically. The stage order lives in `DocumentProcessor`; this type owns ordering and outputs.
public struct BatchRunner {
    public struct Configuration {
        public var inputs: [String]
        public var outputDirectory: URL
        public var jobs: Int
        public var version: String
        /// nil: quote text as written (`--no-redact`).
        public var redactor: Redactor?

        public init(inputs: [String], outputDirectory: URL, jobs: Int = 1, version: String, redactor: Redactor? = Redactor()) {
            self.inputs = inputs
            self.outputDirectory = outputDirectory
            self.jobs = max(1, jobs)
            self.version = version
            self.redactor = redactor
        }
    }

    public struct Result {
        public var manifest: RunManifest
        public var passages: Int
        /// True when nothing had changed since the previous run into the same folder and its outputs were kept.
        public var reused: Bool
        /// Documents whose passages came from the cache (re-classified only).
        public var cachedDocuments = 0
        public var failed: Int { manifest.count(.failed) }
    }

    /// The rule packs' hash (part of the batch key) and how to compile them: an unchanged re-run never compiles.
    public let rulesHash: String
    private let compile: () throws -> CompiledRules
    public let configuration: Configuration
    public var progress: ((Int, Int, Int) -> Void)?

    public init(rules: CompiledRules, configuration: Configuration) {
        self.init(rulesHash: rules.book.hash, configuration: configuration) { rules }
    }

    /// `compile` runs only when the outputs must be rebuilt, before anything is written; its error stops the run.
    public init(rulesHash: String, configuration: Configuration, compile: @escaping () throws -> CompiledRules) {
        self.rulesHash = rulesHash
        self.compile = compile
        self.configuration = configuration
    }

    public func run() throws -> Result {
        let started = Self.timestamp()
        let out = configuration.outputDirectory
        // Without an earlier run's key the outputs cannot be reused: the rules are compiled while the inputs are hashed.
        // (Should another process write a key meanwhile and the outputs be reused, the compile is only wasted work.)
        let early = FileManager.default.fileExists(atPath: out.appendingPathComponent(".cache/batch.key").path)
            ? nil : BackgroundTask(compile)
        let items = InputWalker().items(for: configuration.inputs)
        let hashes = Self.hashes(of: items, workers: configuration.jobs)
        let batchKey = self.batchKey(items, hashes)
        if let reused = try reuse(key: batchKey, started: started) { return reused }
        // The same rule bytes compiled when the reused outputs were made; anything else is compiled (and checked) now.
        let rules = try early?.result() ?? compile()
        try FileManager.default.createDirectory(at: out.appendingPathComponent("learning"), withIntermediateDirectories: true)
        // From here the outputs change: forget the old key first, so a run killed midway is never "reused".
        try? FileManager.default.removeItem(at: out.appendingPathComponent(".cache/batch.key"))
        let cache = DocumentCache(outputDirectory: out, fingerprint: fingerprint)
        let resolver = DocumentAttributesResolver(inputs: configuration.inputs)
        let writers = try Writers(out, catalog: rules.catalog)
        let learningFiles = DocumentOutputs.learningFileNames(items.map { item in
            if case .document(_, let display) = item { return display } else { return nil }
        })
        let renderer = DocumentOutputs.Renderer(rules: rules, resolver: resolver, learningFolder: out.appendingPathComponent("learning"))
        var summary = BatchSummary()
        var entries: [RunManifest.Entry] = []
        let processors = (0..<configuration.jobs).map { _ in DocumentProcessor(rules: rules, redactor: configuration.redactor) }
        var done = 0, failures = 0, cached = 0
        let window = max(8, configuration.jobs * 8)
        let windows = stride(from: 0, to: items.count, by: window).map { $0..<min($0 + window, items.count) }
        // With more than one job, the next window is processed while this thread merges the current one.
        try Self.pipelined(windows, overlap: configuration.jobs > 1, process: { range in
            Self.process(Array(items[range]), hashes: Array(hashes[range]), learningFiles: Array(learningFiles[range]),
                         with: processors, renderer: renderer, cache: cache)
        }, merge: { range, outcomes in
            for (item, outcome) in zip(items[range], outcomes) {
                if outcome?.outcome.cached == true { cached += 1 }
                let entry = try merge(item, outcome, writers: writers, summary: &summary)
                if entry.status == .failed { failures += 1 }
                entries.append(entry)
                done += 1
                if done % 256 == 0 { writers.flush.flushEarly() }
                progress?(done, items.count, failures)
            }
        })
        let manifest = RunManifest(version: configuration.version, rulesHash: rulesHash, started: started,
                                   finished: Self.timestamp(), documents: entries)
        try writers.finish(summary: summary, manifest: manifest, rules: rules)
        try remember(key: batchKey, entries: entries)
        return Result(manifest: manifest, passages: summary.passages, reused: false, cachedDocuments: cached)
    }

    fileprivate func merge(_ item: InputWalker.Item, _ processed: Processed?, writers: Writers,
                           summary: inout BatchSummary) throws -> RunManifest.Entry {
        switch item {
        case .skipped(let display, let reason): return RunManifest.Entry(path: display, status: .skipped, error: reason)
        case .failed(let display, let reason): return RunManifest.Entry(path: display, status: .failed, error: reason)
        case .document(_, let display):
            guard let (outcome, outputs) = processed else {
                return RunManifest.Entry(path: display, status: .failed, error: "not processed")
            }
            try writers.add(outcome, outputs)
            summary.merge(outputs.summary)
            return outcome.entry
        }
    }

    /// Hands out item indices to worker threads, each once.
    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var next = 0

        func take() -> Int {
            lock.lock()
            defer { lock.unlock() }
            next += 1
            return next - 1
        }
    }

    /// A document's outcome and its rendered per-document outputs.
    typealias Processed = (outcome: DocumentProcessor.Outcome, outputs: DocumentOutputs)

    /// Processes (and renders) a window of items on the processors (one per thread); results in input order.
    private static func process(_ items: [InputWalker.Item], hashes: [String?], learningFiles: [String?],
                                with processors: [DocumentProcessor], renderer: DocumentOutputs.Renderer,
                                cache: DocumentCache) -> [Processed?] {
        let results = UnsafeMutableBufferPointer<Processed?>.allocate(capacity: items.count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        let workers = min(processors.count, items.count)
        // Each worker takes the next unclaimed item: documents differ in size, so fixed stripes would leave one
        // worker idle at the end of every window.
        let next = Counter()
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            while case let i = next.take(), i < items.count {
                if case .document(let url, let display) = items[i] {
                    let outcome = processors[worker].process(url, display: display, sha256: hashes[i], cache: cache)
                    results[i] = (outcome, renderer.render(outcome, learningFile: learningFiles[i]))
                }
            }
        }
        let array = Array(results)
        _ = results.deinitialize()
        return array
    }

    /// Runs `process` over the windows in order and `merge` on this thread; with `overlap`, window k+1 is
    /// processed on a background queue while window k is merged.
    private static func pipelined(_ windows: [Range<Int>], overlap: Bool,
                                  process: @escaping (Range<Int>) -> [Processed?],
                                  merge: (Range<Int>, [Processed?]) throws -> Void) throws {
        guard overlap else {
            for range in windows { try merge(range, process(range)) }
            return
        }
        var current: [Processed?] = windows.first.map(process) ?? []
        for (k, range) in windows.enumerated() {
            let next = k + 1 < windows.count ? BackgroundTask { [nextRange = windows[k + 1]] in process(nextRange) } : nil
            defer { next?.wait() }
            try merge(range, current)
            current = try next?.result() ?? []
        }
    }

    /// SHA-256 of every document input (nil for skipped/failed items or unreadable files), in parallel.
    private static func hashes(of items: [InputWalker.Item], workers: Int) -> [String?] {
        let results = UnsafeMutableBufferPointer<String?>.allocate(capacity: max(items.count, 1))
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        let workers = max(1, min(workers, items.count))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for i in stride(from: worker, to: items.count, by: workers) {
                if case .document(let url, _) = items[i] { results[i] = try? DocumentProcessor.sha256(of: url) }
            }
        }
        let array = Array(results.prefix(items.count))
        _ = results.deinitialize()
        return array
    }

    /// What makes a passage cache entry valid: the tool version and the redaction in force.
    private var fingerprint: String {
        String(SHA256.hex(Array((configuration.version + "|passages-v6|" + (configuration.redactor?.fingerprint ?? "no-redaction")).utf8)).prefix(16))
    }

    /// One hash over everything that determines the outputs: tool, rules, redaction, inputs and their bytes.
    private func batchKey(_ items: [InputWalker.Item], _ hashes: [String?]) -> String {
        var text = "\(fingerprint)|\(rulesHash)|\(configuration.inputs.joined(separator: "\u{1}"))\n"
        for (item, hash) in zip(items, hashes) {
            switch item {
            case .document(_, let display): text += "d|\(display)|\(hash ?? "unreadable")\n"
            case .skipped(let display, let reason): text += "s|\(display)|\(reason)\n"
            case .failed(let display, let reason): text += "f|\(display)|\(reason)\n"
            }
        }
        return SHA256.hex(Array(text.utf8))
    }

    private static let outputs = ["passages.jsonl", "counts.csv", "matrix.csv", "cooccurrence.csv", "learning_points.csv",
                                  "quadrant.md", "summary.md", "summary.html", "board-summary.docx", "reviewlens.sqlite", "manifest.json"]

    /// When the previous run into this folder had the same key and left every output, keep them: only the
    /// manifest is rewritten (its times change).
    private func reuse(key: String, started: String) throws -> Result? {
        let cache = configuration.outputDirectory.appendingPathComponent(".cache")
        guard let previous = try? String(contentsOf: cache.appendingPathComponent("batch.key"), encoding: .utf8), previous == key,
              let data = FileManager.default.contents(atPath: cache.appendingPathComponent("entries.json").path),
              let entries = try? JSONDecoder().decode([RunManifest.Entry].self, from: data),
              Self.outputs.allSatisfy({ FileManager.default.fileExists(atPath: configuration.outputDirectory.appendingPathComponent($0).path) })
        else { return nil }
        let manifest = RunManifest(version: configuration.version, rulesHash: rulesHash, started: started,
                                   finished: Self.timestamp(), documents: entries)
        try AtomicFile.write(ManifestWriter.render(manifest), to: configuration.outputDirectory.appendingPathComponent("manifest.json"))
        progress?(entries.count, entries.count, manifest.count(.failed))
        return Result(manifest: manifest, passages: entries.map(\.passages).reduce(0, +), reused: true)
    }

    private func remember(key: String, entries: [RunManifest.Entry]) throws {
        let cache = configuration.outputDirectory.appendingPathComponent(".cache")
        try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
        // Sorted keys: the same run writes the same bytes (dictionary order is seeded per process).
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try AtomicFile.write(String(decoding: try encoder.encode(entries), as: UTF8.self), to: cache.appendingPathComponent("entries.json"))
        try AtomicFile.write(key, to: cache.appendingPathComponent("batch.key"))
    }

    static func timestamp() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date())
    }
}
