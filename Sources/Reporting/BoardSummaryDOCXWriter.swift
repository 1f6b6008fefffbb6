import DocumentModel
import Foundation
import ZIPFoundation

/// Writes the board summary as a real Word document (`board-summary.docx`): OOXML parts zipped with
/// ZIPFoundation — headings, tables with a header row, bulleted lists (numbering.xml) and core properties.
/// Entry dates are fixed so the same summary gives the same bytes.
public enum BoardSummaryDOCXWriter {
    public static func write(_ s: BoardSummary, to url: URL) throws {
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        try? FileManager.default.removeItem(at: temporary)
        let archive = try Archive(url: temporary, accessMode: .create)
        for (path, xml) in parts(s) {
            let data = Data(xml.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                 modificationDate: Date(timeIntervalSince1970: 1_704_067_200), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
        guard rename(temporary.path, url.path) == 0 else { throw ReportError.unwritable(url.path) }
    }

    static func parts(_ s: BoardSummary) -> [(String, String)] {
        [("[Content_Types].xml", contentTypes), ("_rels/.rels", packageRels), ("word/_rels/document.xml.rels", documentRels),
         ("word/document.xml", document(s)), ("word/styles.xml", styles), ("word/numbering.xml", numbering),
         ("docProps/core.xml", core(s.title))]
    }

    static func document(_ s: BoardSummary) -> String {
        var body = paragraph(s.title, style: "Title")
        body += paragraph("Read \(s.documentsRead) document(s), \(s.passages) passage(s)."
            + (s.documentsFailed.isEmpty ? "" : " \(s.documentsFailed.count) document(s) could not be read."))
        for (heading, findings) in [("Themes", s.themes), ("Sources of harm", s.harmSources)] {
            body += paragraph("\(heading): what recurs", style: "Heading1")
            if findings.isEmpty { body += paragraph("No evidence found in these documents."); continue }
            body += table(header: ["Label", "Documents", "Passages", "Evidence strength"],
                          rows: findings.map { ["\($0.code) \($0.name)", "\($0.documents)", "\($0.passages)", $0.strength] })
            for f in findings { if let c = f.examples.first { body += bullet("\(f.code): “\(c.match)” (\(c.document))") } }
        }
        body += paragraph("Questions to ask", style: "Heading1")
        for (quadrant, entries) in s.questions where !entries.isEmpty {
            body += paragraph(quadrant.title, style: "Heading2")
            for q in entries { body += bullet("\(q.question) (\(q.label): \(q.documents) document(s))") }
        }
        body += paragraph("Critical learning points", style: "Heading1")
        if s.learningPoints.isEmpty { body += paragraph("No recommendations were found in these documents.") }
        for p in s.learningPoints { body += bullet((p.addressee.map { "\($0): " } ?? "") + p.text) }
        body += paragraph("What could not be assessed", style: "Heading1")
        if !s.notFound.isEmpty {
            body += paragraph("No evidence was found for: " + s.notFound.map { "\($0.code) \($0.name)" }.joined(separator: "; ")
                + ". This means the documents do not describe it, not that it did not happen.")
        }
        for failed in s.documentsFailed { body += bullet("\(failed.path): \(failed.reason)") }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"\(w)\"><w:body>\(body)"
            + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>"
    }

    static func paragraph(_ text: String, style: String? = nil) -> String {
        let props = style.map { "<w:pPr><w:pStyle w:val=\"\($0)\"/></w:pPr>" } ?? ""
        return "<w:p>\(props)<w:r><w:t xml:space=\"preserve\">\(x(text))</w:t></w:r></w:p>"
    }

    static func bullet(_ text: String) -> String {
        "<w:p><w:pPr><w:pStyle w:val=\"ListBullet\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
            + "<w:r><w:t xml:space=\"preserve\">\(x(text))</w:t></w:r></w:p>"
    }

    static func table(header: [String], rows: [[String]]) -> String {
        let border = "<w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/><w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/><w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/><w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/><w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>"
        var out = "<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblBorders>\(border)</w:tblBorders></w:tblPr><w:tblGrid>"
        out += String(repeating: "<w:gridCol/>", count: header.count) + "</w:tblGrid>"
        out += "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + header.map { "<w:tc>\(paragraph($0, style: "TableHeading"))</w:tc>" }.joined() + "</w:tr>"
        for row in rows { out += "<w:tr>" + row.map { "<w:tc>\(paragraph($0))</w:tc>" }.joined() + "</w:tr>" }
        return out + "</w:tbl>" + paragraph("")
    }

    static func x(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case _ where scalar.value < 0x20 && scalar != "\t" && scalar != "\n": continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let contentTypes = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>
    """
    static let packageRels = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>
    """
    static let documentRels = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>
    """
    static let styles = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>\
    <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>\
    <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:sz w:val="40"/></w:rPr></w:style>\
    <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>\
    <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="200"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>\
    <w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/></w:style>\
    <w:style w:type="paragraph" w:styleId="TableHeading"><w:name w:val="Table Heading"/><w:basedOn w:val="Normal"/><w:rPr><w:b/></w:rPr></w:style></w:styles>
    """
    static let numbering = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>
    """

    static func core(_ title: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>\(x(title))</dc:title><dc:creator>ReviewLens</dc:creator></cp:coreProperties>
        """
    }
}
