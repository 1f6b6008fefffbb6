import DocumentModel
import Foundation
@testable import Ingestion
import Segmentation
import Testing
import TestSupport

/// Extracts every document other projects' test suites ship (../shared/peers) and compares the words kept
/// with pandoc's plain-text rendering (multiset recall). Skipped, visibly, where ../shared is absent.
@Suite("Peer documents (../shared/peers)")
struct PeerCorpusTests {
    /// Files under 90% recall, each a deliberate difference from pandoc.
    static let deliberate: [String: String] = {
        var reasons: [String: String] = [:]
        let images = "image alt text (wp:docPr descr): pandoc prints it, Word shows a picture; ReviewLens keeps body text only"
        for file in ["pandoc/docx/image.docx", "pandoc/docx/golden/image.docx", "pandoc/docx/inline_images.docx",
                     "pandoc/docx/golden/inline_images.docx", "poi/issue_51265_1.docx", "poi/issue_51265_2.docx",
                     "poi/issue_51265_3.docx", "poi/VariousPictures.docx", "tika/microsoft/testWORD_embedded_pics.docx",
                     "tika/microsoft/testWORD_1img.docx", "tika/microsoft/testWORD_3imgs.docx",
                     "tika/microsoft/testWORD_embeded.docx"] { reasons[file] = images }
        let math = "equations: pandoc renders TeX markup (\\frac, ^, _), ReviewLens keeps the equation's text runs"
        for file in ["open-xml-sdk/TestDataStorage/v2FxTestFiles/wordprocessing/equation/equation.docx",
                     "pandoc/docx/verbatim_subsuper.docx", "pandoc/docx/golden/verbatim_subsuper.docx",
                     "pandoc/odt/odt/formula.odt"] { reasons[file] = math }
        let hyphen = "soft hyphens: Word joins the word (optionalhyphen), pandoc keeps U+00AD and splits it"
        for file in ["tika/microsoft/testOptionalHyphen.docx", "open-xml-sdk/TestDataStorage/v2FxTestFiles/wordprocessing/Normalize/text+sym.docx"] {
            reasons[file] = hyphen
        }
        let odtLists = "ODT list numbers (1., a., i.) are not rendered yet: only the item text is kept"
        for file in ["pandoc/odt/odt/orderedListMixed.odt", "pandoc/odt/odt/orderedListRoman.odt", "pandoc/odt/odt/orderedListSimple.odt",
                     "pandoc/odt/odt/orderedListHeader.odt", "pandoc/odt/odt/listContinueNumbering2.odt",
                     "pandoc/odt/odt/listContinueNumbering.odt", "tika/odf/testStyles.odt", "pandoc/odt/odt/listBlocks.odt",
                     "pandoc/odt/odt/referenceToListItem.odt", "tika/odf/testODFwithOOo3.odt"] { reasons[file] = odtLists }
        let cellLists = "list items inside a table cell join into the cell's text without their numbers"
        for file in ["pandoc/docx/table_with_list_cell.docx", "pandoc/docx/golden/table_with_list_cell.docx"] { reasons[file] = cellLists }
        let restarts = "numbering restarts/overrides (w:lvlOverride, w:startOverride) are not applied: a few list numbers differ"
        for file in ["poi/NumberingWOverrides.docx", "pandoc/docx/golden/lists_multiple_initial.docx", "docx4j/sample-docs/sample-docx.docx"] {
            reasons[file] = restarts
        }
        reasons["docx4j/sample-docs/Symbols.docx"] = "symbol-font characters (w:sym) are mapped to code points, pandoc prints the font's glyph names"
        reasons["mammoth/footnote-hyperlink.docx"] = "a three-word file: pandoc's footnote number [1] is one of its three words"
        reasons["pandoc/docx/drop_cap.docx"] = "drop cap frame: pandoc prints the capital as its own word"
        return reasons
    }()

    @Test(.enabled(if: Fixtures.shared != nil, "../shared is absent: peer check skipped"), .timeLimit(.minutes(5)))
    func everyPeerDocumentIsReadWithoutCrashAndKeepsPandocsWords() throws {
        let peers = Fixtures.shared!.appendingPathComponent("peers")
        let files = try FileManager.default.subpathsOfDirectory(atPath: peers.path).sorted()
        var recalls: [(String, Double)] = []
        var processed = 0
        for relative in files where !relative.hasSuffix(".pandoc.txt") {
            let url = peers.appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            processed += 1
            let text: String
            do { text = try Self.plainText(url) } catch is IngestionError { continue }
            let referenceURL = URL(fileURLWithPath: url.path + ".pandoc.txt")
            guard let reference = try? String(contentsOf: referenceURL, encoding: .utf8) else { continue }
            let expected = Self.words(reference)
            guard !expected.isEmpty else { continue }
            let ours = Self.words(text)
            let kept = expected.reduce(0) { $0 + min($1.value, ours[$1.key] ?? 0) }
            recalls.append((relative, Double(kept) / Double(expected.values.reduce(0, +))))
        }
        let sorted = recalls.map(\.1).sorted()
        let median = sorted.isEmpty ? 0 : sorted[sorted.count / 2]
        print("peer check: \(processed) documents read, \(recalls.count) compared with pandoc, median word recall \(median)")
        #expect(processed > 800)
        #expect(median >= 0.98)
        for (file, recall) in recalls where recall < 0.9 {
            #expect(Self.deliberate[file] != nil, "\(file): word recall \(recall) below 0.90 and not explained")
        }
    }

    static func plainText(_ url: URL) throws -> String {
        var segmenter = Segmenter()
        var renderer = PlainTextRenderer()
        var out = ""
        _ = try Ingestor().read(url) { block in out += renderer.render(block, passages: segmenter.add(block)) }
        return out
    }

    static func words(_ text: String) -> [String: Int] {
        var counts: [String: Int] = [:]
        var word = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber { word.append(character) } else if !word.isEmpty {
                counts[word, default: 0] += 1
                word = ""
            }
        }
        if !word.isEmpty { counts[word, default: 0] += 1 }
        return counts
    }
}
