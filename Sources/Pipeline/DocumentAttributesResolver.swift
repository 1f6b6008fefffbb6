import DocumentModel
import Foundation

/// Decides each document's attributes: `metadata.csv` (beside the inputs) first, then document properties,
/// then the text (title from the first heading, review type from title words).
public struct DocumentAttributesResolver: Sendable {
    /// Review types recognised from a title or first heading, first match wins.
    static let reviewTypes: [(type: String, phrases: [String])] = [
        ("Safeguarding adults review", ["safeguarding adults review", "safeguarding adult review", "sar "]),
        ("Domestic homicide review", ["domestic homicide review", "domestic abuse related death", "dhr"]),
        ("Independent homicide review", ["homicide"]),
        ("Patient safety incident investigation", ["patient safety incident investigation", "psii", "incident investigation"]),
        ("Serious incident review", ["serious incident"]),
        ("Learning bulletin", ["learning bulletin", "shared learning", "bulletin"]),
        ("Thematic review", ["thematic review"]),
        ("Complaint review", ["complaint"]),
        ("Learning review", ["learning review", "after action review"]),
    ]

    private var overrides: [String: DocumentAttributes] = [:]
    public private(set) var warnings: [String] = []

    /// Loads `metadata.csv` from each folder input (paths in it are relative to that folder).
    public init(inputs: [String]) {
        for input in inputs {
            let folder = URL(fileURLWithPath: input)
            let csv = folder.appendingPathComponent("metadata.csv")
            guard FileManager.default.fileExists(atPath: csv.path) else { continue }
            let root = folder.standardizedFileURL.lastPathComponent
            do {
                for (path, attributes) in try MetadataFile.read(csv) { overrides["\(root)/\(path)"] = attributes }
            } catch {
                warnings.append("\(csv.path): \(error)")
            }
        }
    }

    public func attributes(for path: String, properties: DocumentProperties, firstHeading: String?) -> DocumentAttributes {
        var result = DocumentAttributes()
        result["title"] = properties.title ?? firstHeading
        result["organisation"] = properties.organisation
        result["date"] = properties.created.map { String($0.prefix(10)) }
        let probe = " " + [properties.title, firstHeading].compactMap { $0?.lowercased() }.joined(separator: " ") + " "
        result["review_type"] = Self.reviewTypes.first { $0.phrases.contains { probe.contains($0) } }?.type
        if let override = overrides[path] {
            for (name, value) in override.values { result[name] = value }
        }
        return result
    }
}

/// Reads `metadata.csv`: RFC 4180, a header row with a `path` column and any attribute columns.
enum MetadataFile {
    static func read(_ url: URL) throws -> [(String, DocumentAttributes)] {
        let text = try String(contentsOf: url, encoding: .utf8)
        let rows = parse(text)
        guard let header = rows.first?.map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }),
              let pathColumn = header.firstIndex(of: "path") else {
            throw NSError(domain: "metadata", code: 1, userInfo: [NSLocalizedDescriptionKey: "needs a header row with a 'path' column"])
        }
        return rows.dropFirst().filter { $0.count > pathColumn }.map { row in
            var attributes = DocumentAttributes()
            for (index, name) in header.enumerated() where index != pathColumn && index < row.count {
                attributes[name == "type" ? "review_type" : name] = row[index].trimmingCharacters(in: .whitespaces)
            }
            return (row[pathColumn].trimmingCharacters(in: .whitespaces), attributes)
        }
    }

    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var chars = text.makeIterator()
        var pending: Character? = nil
        while let ch = pending ?? chars.next() {
            pending = nil
            if quoted {
                if ch == "\"" {
                    let next = chars.next()
                    if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                } else { field.append(ch) }
                continue
            }
            switch ch {
            case "\"": quoted = true
            case ",": row.append(field); field = ""
            case "\n", "\r\n", "\r":
                row.append(field); field = ""
                if !(row.count == 1 && row[0].isEmpty) { rows.append(row) }
                row = []
            default: field.append(ch)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
