import Classification
import DocumentModel
import Foundation
import Ingestion
import Reporting
import Segmentation

/// One document through the stages, in order: ingest → segment → classify. The only place the stages meet.
/// Not thread-safe (it owns a classifier); make one per worker thread.
public final class DocumentProcessor {
    /// What processing one document produced.
    public struct Outcome {
        public var entry: RunManifest.Entry
        public var passages: [ClassifiedPassage]
        public var firstHeading: String? = nil
        /// True when the passages came from the cache (only classification ran).
        public var cached = false
        /// Critical learning points per passage (parallel to `passages`), found on the worker thread.
        public var learningPoints: [[LearningPoint]] = []
    }

    private let ingestor: Ingestor
    private let classifier: Classifier
    private let maxPassageCharacters: Int
    private let redactor: Redactor?

    /// `redactor`: identifiers are removed from passage text before it is classified (nil: no redaction).
    public init(rules: CompiledRules, redactor: Redactor? = Redactor(), limits: IngestionLimits = .init(),
                maxPassageCharacters: Int = 2000) {
        ingestor = Ingestor(limits: limits)
        classifier = Classifier(rules)
        self.redactor = redactor
        self.maxPassageCharacters = maxPassageCharacters
    }

    /// Processes the document at `url`; failures become a `failed` manifest entry, never a thrown error.
    /// With a cache, a document read before (same bytes, same tool and redaction) is not read again.
    func process(_ url: URL, display: String, sha256 known: String? = nil, cache: DocumentCache? = nil) -> Outcome {
        var outcome = read(url, display: display, sha256: known, cache: cache)
        outcome.learningPoints = outcome.passages.map { LearningPointExtractor.extract($0, document: display) }
        return outcome
    }

    private func read(_ url: URL, display: String, sha256 known: String?, cache: DocumentCache?) -> Outcome {
        var entry = RunManifest.Entry(path: display, status: .failed)
        do {
            entry.sha256 = try known ?? Self.sha256(of: url)
        } catch {
            entry.error = "\(error)"
            return Outcome(entry: entry, passages: [])
        }
        if let cached = cache?.load(sha256: entry.sha256!) {
            entry.format = cached.format
            entry.properties = cached.properties
            entry.warnings = cached.warnings
            entry.status = .ok
            entry.passages = cached.passages.count
            let passages = cached.passages.map { ClassifiedPassage(passage: $0, result: classifier.classify($0.text, section: $0.section)) }
            return Outcome(entry: entry, passages: passages, firstHeading: cached.firstHeading, cached: true)
        }
        var segmenter = Segmenter(maxCharacters: maxPassageCharacters)
        var passages: [ClassifiedPassage] = []
        var firstHeading: String?
        do {
            let info = try ingestor.read(url) { block in
                var block = block
                let segmented = segmenter.add(&block, redactor: self.redactor)
                if firstHeading == nil, block.kind == .heading { firstHeading = block.text }
                for passage in segmented {
                    let result = self.classifier.classify(passage.text, section: passage.section)
                    passages.append(ClassifiedPassage(passage: passage, result: result))
                }
            }
            entry.format = info.format.rawValue
            entry.warnings = info.warnings
            entry.properties = info.properties
            if let redactor {
                // The title and author are quoted in the manifest, the database and the summaries, like headings.
                entry.properties.title = entry.properties.title.map(redactor.redact)
                entry.properties.author = entry.properties.author.map(redactor.redact)
            }
            entry.status = .ok
            entry.passages = passages.count
            cache?.store(.init(format: info.format.rawValue, properties: entry.properties, warnings: info.warnings,
                               firstHeading: firstHeading, passages: passages.map(\.passage)), sha256: entry.sha256!)
        } catch {
            entry.error = "\(error)"
            passages = []
        }
        return Outcome(entry: entry, passages: passages, firstHeading: firstHeading)
    }

    static func sha256(of url: URL) throws -> String {
        var hasher = SHA256()
        guard let handle = FileHandle(forReadingAtPath: url.path) else { throw IngestionError.unreadable("permission denied") }
        defer { try? handle.close() }
        while let chunk = try handle.read(upToCount: 1 << 16), !chunk.isEmpty {
            chunk.withUnsafeBytes { hasher.update($0) }
        }
        return hasher.finalize()
    }
}
