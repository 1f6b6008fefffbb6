import DocumentModel
import Foundation

/// Reads PDF through poppler's `pdftotext` (Debian: poppler-utils) in reading order (so two-column pages read
/// column by column), drops running headers, footers and page numbers, and recognises structure in the text.
struct PDFReader {
    let limits: IngestionLimits

    func read(_ url: URL, into sink: @escaping BlockSink) throws -> DocumentInfo {
        guard let tool = Self.locate("pdftotext") else {
            throw IngestionError.externalToolMissing(tool: "pdftotext", package: "poppler-utils")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["-enc", "UTF-8", "-q", url.path, "-"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { throw IngestionError.externalToolFailed(tool: "pdftotext", reason: "\(error)") }
        let data: Data
        do { data = try output.fileHandleForReading.readToEndRetryingInterrupts() } catch {
            process.terminate()  // it may be blocked writing to a pipe nobody reads now
            process.waitUntilExit()
            throw IngestionError.externalToolFailed(tool: "pdftotext", reason: "reading its output: \(error)")
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw IngestionError.externalToolFailed(tool: "pdftotext", reason: "exit status \(process.terminationStatus) (damaged or encrypted PDF)")
        }
        let text = PDFTextCleaner.clean(String(decoding: data, as: UTF8.self))
        try TextReader(limits: limits).read(text: text, part: url.lastPathComponent, into: sink)
        return DocumentInfo(format: .pdf)
    }

    static func locate(_ tool: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(tool)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
