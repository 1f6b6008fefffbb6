import CLibXML2
import Foundation

/// An element start as libxml2's SAX parser reports it; valid only during the callback.
struct XMLElementEvent {
    let name: String
    let namespace: XMLNamespace
    fileprivate let attributes: AttributeStorage

    fileprivate enum AttributeStorage {
        case sax2(UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, Int)
        case html(UnsafeMutablePointer<UnsafePointer<xmlChar>?>?)
    }

    /// The value of the first attribute with this local name, whatever its namespace.
    func attribute(_ local: String) -> String? {
        switch attributes {
        case .sax2(let array, let count):
            guard let array else { return nil }
            for i in 0..<count {
                let base = i * 5
                guard let name = array[base], strcmp(name, local) == 0,
                      let start = array[base + 3], let end = array[base + 4] else { continue }
                return String(decoding: UnsafeBufferPointer(start: start, count: end - start), as: UTF8.self)
            }
            return nil
        case .html(let array):
            guard var cursor = array else { return nil }
            while let name = cursor.pointee {
                let value = cursor.advanced(by: 1).pointee
                if xmlStrcasecmp(name, local) == 0 { return value.map { String(cString: $0) } ?? "" }
                cursor = cursor.advanced(by: 2)
            }
            return nil
        }
    }
}

/// Receives the events of one XML (or HTML) stream.
protocol XMLEventHandler: AnyObject {
    func startElement(_ element: XMLElementEvent) throws
    func endElement(_ name: String, _ namespace: XMLNamespace) throws
    func characters(_ bytes: UnsafeBufferPointer<UInt8>) throws
}

/// Streams bytes through libxml2's push parser (SAX2, or the HTML parser) into a handler.
///
/// Safe by construction: no network (`XML_PARSE_NONET`), no entity substitution, no DTD loading, and no
/// entity declarations are even recorded (the handler installs no entity callbacks). Depth is bounded.
final class XMLEventParser {
    enum Mode { case xml, html }

    private let mode: Mode
    private let part: String
    private let limits: IngestionLimits
    private let handler: XMLEventHandler
    private var context: xmlParserCtxtPtr?
    fileprivate var depth = 0
    fileprivate var failure: Error?
    fileprivate var fatal: (line: Int, message: String)?
    fileprivate var nameCache: [UnsafeRawPointer: String] = [:]
    fileprivate var namespaceCache: [UnsafeRawPointer: XMLNamespace] = [:]

    init(mode: Mode = .xml, part: String, limits: IngestionLimits, handler: XMLEventHandler) {
        self.mode = mode
        self.part = part
        self.limits = limits
        self.handler = handler
    }

    deinit {
        if let context { free(context) }
    }

    /// Parses a whole in-memory buffer.
    func parse(_ data: Data) throws {
        try data.withUnsafeBytes { try feed($0) }
        try finish()
    }

    /// Feeds the next chunk; throws as soon as the document is known to be bad.
    func feed(_ bytes: UnsafeRawBufferPointer) throws {
        guard !bytes.isEmpty else { return }
        let base = bytes.baseAddress!.assumingMemoryBound(to: CChar.self)
        if context == nil {
            let head = min(4, bytes.count)
            context = create(base, head)
            guard context != nil else { throw IngestionError.unreadable("libxml2 could not create a parser") }
            if bytes.count > head { push(base + head, bytes.count - head, terminate: false) }
        } else {
            push(base, bytes.count, terminate: false)
        }
        try check()
    }

    /// Signals the end of input and reports any error found.
    func finish() throws {
        if context == nil { throw IngestionError.malformedXML(part: part, line: 1, message: "no content") }
        push(nil, 0, terminate: true)
        try check()
    }

    private func create(_ bytes: UnsafePointer<CChar>, _ count: Int) -> xmlParserCtxtPtr? {
        var sax = Self.makeHandler(mode)
        let me = Unmanaged.passUnretained(self).toOpaque()
        switch mode {
        case .xml:
            let ctxt = xmlCreatePushParserCtxt(&sax, me, bytes, Int32(count), part)
            xmlCtxtUseOptions(ctxt, Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue))
            return ctxt
        case .html:
            let ctxt = htmlCreatePushParserCtxt(&sax, me, bytes, Int32(count), part, XML_CHAR_ENCODING_NONE)
            htmlCtxtUseOptions(ctxt, Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_RECOVER.rawValue
                | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue))
            return ctxt
        }
    }

    private func push(_ bytes: UnsafePointer<CChar>?, _ count: Int, terminate: Bool) {
        guard let context, failure == nil, fatal == nil else { return }
        switch mode {
        case .xml: _ = xmlParseChunk(context, bytes, Int32(count), terminate ? 1 : 0)
        case .html: _ = htmlParseChunk(context, bytes, Int32(count), terminate ? 1 : 0)
        }
    }

    private func check() throws {
        if let failure { throw failure }
        if let fatal, mode == .xml { throw IngestionError.malformedXML(part: part, line: fatal.line, message: fatal.message) }
    }

    private func free(_ ctxt: xmlParserCtxtPtr) {
        switch mode {
        case .xml: xmlFreeParserCtxt(ctxt)
        case .html: htmlFreeParserCtxt(ctxt)
        }
    }

    fileprivate func fail(_ error: Error) {
        if failure == nil { failure = error }
        if let context { xmlStopParser(context) }
    }

    fileprivate func enter() -> Bool {
        depth += 1
        guard depth <= limits.maxElementDepth else {
            fail(IngestionError.limitExceeded(limit: "maxElementDepth", part: part,
                                              detail: "elements nested deeper than \(limits.maxElementDepth)"))
            return false
        }
        return true
    }

    fileprivate func namespace(_ uri: UnsafePointer<xmlChar>?, prefix: UnsafePointer<xmlChar>?) -> XMLNamespace {
        guard let uri else { return prefix.map { XMLNamespace(undeclaredPrefix: String(cString: $0)) } ?? .none }
        let key = UnsafeRawPointer(uri)
        if let cached = namespaceCache[key] { return cached }
        let ns = XMLNamespace(uri: String(cString: uri))
        namespaceCache[key] = ns
        return ns
    }

    fileprivate func name(_ pointer: UnsafePointer<xmlChar>) -> String {
        let key = UnsafeRawPointer(pointer)
        if let cached = nameCache[key] { return cached }
        let value = String(cString: pointer)
        nameCache[key] = value
        return value
    }
}

/// The parser behind a libxml2 callback's user-data pointer.
private func parser(_ ctx: UnsafeMutableRawPointer?) -> XMLEventParser {
    Unmanaged<XMLEventParser>.fromOpaque(ctx!).takeUnretainedValue()
}

private extension XMLEventParser {
    static func makeHandler(_ mode: Mode) -> xmlSAXHandler {
        var sax = xmlSAXHandler()
        sax.characters = { ctx, chars, len in
            let p = parser(ctx)
            guard p.failure == nil, let chars, len > 0 else { return }
            do { try p.handler.characters(UnsafeBufferPointer(start: chars, count: Int(len))) } catch { p.fail(error) }
        }
        sax.cdataBlock = sax.characters
        sax.serror = { ctx, error in
            guard let ctx, let issue = error, issue.pointee.level == XML_ERR_FATAL else { return }
            let p = parser(ctx)
            guard p.fatal == nil else { return }
            let message = issue.pointee.message.map { String(cString: $0) } ?? "error"
            p.fatal = (Int(issue.pointee.line), message.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        switch mode {
        case .xml:
            sax.initialized = UInt32(XML_SAX2_MAGIC)
            sax.startElementNs = { ctx, local, prefix, uri, _, _, nAttrs, _, attrs in
                let p = parser(ctx)
                guard p.failure == nil, p.enter(), let local else { return }
                let event = XMLElementEvent(name: p.name(local), namespace: p.namespace(uri, prefix: prefix),
                                            attributes: .sax2(attrs, Int(nAttrs)))
                do { try p.handler.startElement(event) } catch { p.fail(error) }
            }
            sax.endElementNs = { ctx, local, prefix, uri in
                let p = parser(ctx)
                p.depth -= 1
                guard p.failure == nil, let local else { return }
                do { try p.handler.endElement(p.name(local), p.namespace(uri, prefix: prefix)) } catch { p.fail(error) }
            }
        case .html:
            sax.startElement = { ctx, name, attrs in
                let p = parser(ctx)
                guard p.failure == nil, p.enter(), let name else { return }
                let event = XMLElementEvent(name: String(cString: name).lowercased(), namespace: .html,
                                            attributes: .html(attrs))
                do { try p.handler.startElement(event) } catch { p.fail(error) }
            }
            sax.endElement = { ctx, name in
                let p = parser(ctx)
                p.depth -= 1
                guard p.failure == nil, let name else { return }
                do { try p.handler.endElement(String(cString: name).lowercased(), .html) } catch { p.fail(error) }
            }
        }
        return sax
    }
}
