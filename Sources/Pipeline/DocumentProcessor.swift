import Classification
import DocumentModel
import Foundation
import Ingestion
import Segmentation

/// One document through the stages, in order: ingest → segment → classify. The only place the stages meet.
/// Not thread-safe (it owns a classifier); make one per worker thread.
public final class DocumentProcessor {
    /// What processing one document produced.
    public struct Outcome {
        public var entry: RunManifest.Entry
        public var passages: [ClassifiedPassage]
    }

    private let ingestor: Ingestor
    private let classifier: Classifier
    private let maxPassageCharacters: Int

    public init(rules: CompiledRules, limits: IngestionLimits = .init(), maxPassageCharacters: Int = 2000) {
        ingestor = Ingestor(limits: limits)
        classifier = Classifier(rules)
        self.maxPassageCharacters = maxPassageCharacters
    }

    /// Processes the document at `url`; failures become a `failed` manifest entry, never a thrown error.
    public func process(_ url: URL, display: String) -> Outcome {
        var entry = RunManifest.Entry(path: display, status: .failed)
        do {
            entry.sha256 = try Self.sha256(of: url)
        } catch {
            entry.error = "\(error)"
            return Outcome(entry: entry, passages: [])
        }
        var segmenter = Segmenter(maxCharacters: maxPassageCharacters)
        var passages: [ClassifiedPassage] = []
        do {
            let info = try ingestor.read(url) { block in
                for passage in segmenter.add(block) {
                    let result = self.classifier.classify(passage.text, section: passage.section)
                    passages.append(ClassifiedPassage(passage: passage, result: result))
                }
            }
            entry.format = info.format.rawValue
            entry.warnings = info.warnings
            entry.properties = info.properties
            entry.status = .ok
            entry.passages = passages.count
        } catch {
            entry.error = "\(error)"
            passages = []
        }
        return Outcome(entry: entry, passages: passages)
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
