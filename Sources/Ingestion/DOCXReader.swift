import DocumentModel
import Foundation

/// Reads a DOCX package: core properties, styles and numbering first, then the main document part,
/// then footnotes, endnotes and comments — each part streamed through libxml2, never held whole, except a styles
/// part of up to 16 MB, held to cut what the reader never uses before it is parsed (`WordStylesPruner`).
struct DOCXReader {
    let limits: IngestionLimits

    func read(_ url: URL, into sink: @escaping BlockSink) throws -> DocumentInfo {
        let package = try ZipPackage(url: url, limits: limits)
        let mainPart = try locateMainPart(package)
        let folder = (mainPart as NSString).deletingLastPathComponent
        let rels = RelationshipsHandler()
        let relsPath = folder.isEmpty ? "_rels/\(mainPart).rels" : "\(folder)/_rels/\((mainPart as NSString).lastPathComponent).rels"
        if package.contains(relsPath) { try package.parseXML(relsPath, handler: rels) }
        func part(_ type: String, _ fallback: String) -> String? {
            let path = rels.target(ofType: type, base: folder) ?? (folder.isEmpty ? fallback : "\(folder)/\(fallback)")
            return package.contains(path) ? path : nil
        }

        var info = DocumentInfo(format: .docx)
        if package.contains("docProps/core.xml") {
            let properties = PropertiesHandler()
            do { try package.parseXML("docProps/core.xml", handler: properties) } catch {
                info.warnings.append("document properties unreadable: \(error)")
            }
            info.properties = properties.properties
        }
        if package.contains("docProps/app.xml") {
            let app = PropertiesHandler()
            try? package.parseXML("docProps/app.xml", handler: app)
            info.properties.organisation = app.properties.organisation
        }
        let styles = try part("styles", "styles.xml").map { try readStyles($0, in: package) } ?? WordStyles()
        let numbering = WordNumberingHandler()
        if let path = part("numbering", "numbering.xml") { try package.parseXML(path, handler: numbering) }

        let body = WordBodyHandler(part: package.partName(mainPart), styles: styles, numbering: numbering.result,
                                   limits: limits, sink: sink)
        try package.parseXML(mainPart, handler: body)
        for (type, fallback) in [("footnotes", "footnotes.xml"), ("endnotes", "endnotes.xml"), ("comments", "comments.xml")] {
            guard let path = part(type, fallback) else { continue }
            body.part = package.partName(path)
            try package.parseXML(path, handler: body)
        }
        try body.finish()
        return info
    }

    /// The styles of a template already read in this process are reused; the part is still inflated against its
    /// CRC (not parsed), so a damaged copy fails here as it would alone, whichever document of a batch comes first.
    private func readStyles(_ path: String, in package: ZipPackage) throws -> WordStyles {
        let key = package.identity(path)
        if let key, let known = WordStylesCache.shared.styles(for: key) {
            try package.stream(path) { _ in }
            return known
        }
        let handler = WordStylesHandler()
        try package.parseXML(path, handler: handler, holdLimit: 16 << 20, rewrite: WordStylesPruner.prune)
        if let key { WordStylesCache.shared.remember(handler.result, for: key) }
        return handler.result
    }

    private func locateMainPart(_ package: ZipPackage) throws -> String {
        if package.contains("_rels/.rels") {
            let rels = RelationshipsHandler()
            try package.parseXML("_rels/.rels", handler: rels)
            if let target = rels.target(ofType: "officeDocument", base: ""), package.contains(target) { return target }
        }
        if package.contains("word/document.xml") { return "word/document.xml" }
        throw IngestionError.missingPart(package.partName("word/document.xml"))
    }
}
