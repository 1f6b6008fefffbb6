/// Why a document could not be read. Every case renders as one line a person understands.
public enum IngestionError: Error, Equatable, CustomStringConvertible {
    case emptyFile
    case unreadable(String)
    case unrecognised(String)
    case legacyOrEncryptedOffice(encrypted: Bool)
    case notAnOfficePackage(String)
    case missingPart(String)
    case corruptZip(part: String, reason: String)
    case malformedXML(part: String, line: Int, message: String)
    case limitExceeded(limit: String, part: String, detail: String)
    case encryptedODF
    case externalToolMissing(tool: String, package: String)
    case externalToolFailed(tool: String, reason: String)

    public var description: String {
        switch self {
        case .emptyFile: return "empty file (0 bytes)"
        case .unreadable(let why): return "cannot read file: \(why)"
        case .unrecognised(let what): return "unrecognised content: \(what)"
        case .legacyOrEncryptedOffice(let encrypted):
            return encrypted
                ? "password-protected Office document (OLE compound file with EncryptionInfo): remove the password in Word, then save as .docx"
                : "legacy Word 97-2003 .doc (OLE compound file): convert it with `soffice --headless --convert-to docx FILE`"
        case .notAnOfficePackage(let why): return "zip archive is not a Word or OpenDocument document: \(why)"
        case .missingPart(let part): return "document part missing: \(part)"
        case .corruptZip(let part, let reason): return "corrupt zip (\(part)): \(reason)"
        case .malformedXML(let part, let line, let message): return "malformed XML in \(part) at line \(line): \(message)"
        case .limitExceeded(let limit, let part, let detail): return "limit \(limit) exceeded in \(part): \(detail)"
        case .encryptedODF: return "password-protected OpenDocument file: remove the password in LibreOffice, then save again"
        case .externalToolMissing(let tool, let package):
            return "\(tool) is needed for this format but is not installed: apt-get install \(package)"
        case .externalToolFailed(let tool, let reason): return "\(tool) failed: \(reason)"
        }
    }
}
