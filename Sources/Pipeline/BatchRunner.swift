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
        public var summary: BatchSummary
        public var failed: Int { manifest.count(.failed) }
    }

    public let rules: CompiledRules
    public let configuration: Configuration
    public var progress: ((Int, Int, Int) -> Void)?

    public init(rules: CompiledRules, configuration: Configuration) {
        self.rules = rules
        self.configuration = configuration
    }

    public func run() throws -> Result {
        let started = Self.timestamp()
        let out = configuration.outputDirectory
        try FileManager.default.createDirectory(at: out.appendingPathComponent("learning"), withIntermediateDirectories: true)
        let items = InputWalker().items(for: configuration.inputs)
        let resolver = DocumentAttributesResolver(inputs: configuration.inputs)
        var writers = try Writers(out)
        var summary = BatchSummary()
        var entries: [RunManifest.Entry] = []
        let processors = (0..<configuration.jobs).map { _ in DocumentProcessor(rules: rules, redactor: configuration.redactor) }
        var done = 0, failures = 0
        let window = max(8, configuration.jobs * 8)
        var index = 0
        while index < items.count {
            let slice = Array(items[index..<min(index + window, items.count)])
            index += slice.count
            let outcomes = Self.process(slice, with: processors)
            for (item, outcome) in zip(slice, outcomes) {
                let entry = try merge(item, outcome, resolver: resolver, writers: &writers, summary: &summary)
                if entry.status == .failed { failures += 1 }
                entries.append(entry)
                done += 1
                progress?(done, items.count, failures)
            }
        }
        let manifest = RunManifest(version: configuration.version, rulesHash: rules.book.hash, started: started,
                                   finished: Self.timestamp(), documents: entries)
        try writers.finish(summary: summary, manifest: manifest, rules: rules)
        return Result(manifest: manifest, summary: summary)
    }

    private func merge(_ item: InputWalker.Item, _ outcome: DocumentProcessor.Outcome?, resolver: DocumentAttributesResolver,
                       writers: inout Writers, summary: inout BatchSummary) throws -> RunManifest.Entry {
        switch item {
        case .skipped(let display, let reason): return RunManifest.Entry(path: display, status: .skipped, error: reason)
        case .failed(let display, let reason): return RunManifest.Entry(path: display, status: .failed, error: reason)
        case .document(_, let display):
            guard let outcome else { return RunManifest.Entry(path: display, status: .failed, error: "not processed") }
            let attributes = resolver.attributes(for: display, properties: outcome.entry.properties, firstHeading: outcome.firstHeading)
            try writers.add(outcome, attributes: attributes, rules: rules)
            for passage in outcome.passages { summary.add(passage, document: display) }
            if outcome.entry.status == .ok { summary.documentDone(path: display, attributes: attributes) }
            return outcome.entry
        }
    }

    /// Processes a window of items, striped over the processors (one per thread); results in input order.
    private static func process(_ items: [InputWalker.Item], with processors: [DocumentProcessor]) -> [DocumentProcessor.Outcome?] {
        let results = UnsafeMutableBufferPointer<DocumentProcessor.Outcome?>.allocate(capacity: items.count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        let workers = min(processors.count, items.count)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for i in stride(from: worker, to: items.count, by: workers) {
                if case .document(let url, let display) = items[i] {
                    results[i] = processors[worker].process(url, display: display)
                }
            }
        }
        let array = Array(results)
        _ = results.deinitialize()
        return array
    }

    static func timestamp() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date())
    }
}
