/// Relationship targets of an OPC part (`_rels/.rels`, `word/_rels/document.xml.rels`), by type suffix.
final class RelationshipsHandler: XMLEventHandler {
    private(set) var targets: [(type: String, target: String)] = []

    func startElement(_ element: XMLElementEvent) throws {
        guard element.name == "Relationship", let type = element.attribute("Type"), let target = element.attribute("Target"),
              element.attribute("TargetMode") != "External" else { return }
        targets.append((type, target))
    }

    func endElement(_ name: String, _ namespace: XMLNamespace) throws {}
    func characters(_ bytes: UnsafeBufferPointer<UInt8>) throws {}

    /// The first target whose type URI ends with `/suffix`, resolved against `base` (a folder, `word/`).
    func target(ofType suffix: String, base: String) -> String? {
        guard let target = targets.first(where: { $0.type.hasSuffix("/" + suffix) })?.target else { return nil }
        return Self.resolve(target, base: base)
    }

    static func resolve(_ target: String, base: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var parts = base.split(separator: "/").map(String.init)
        for piece in target.split(separator: "/") {
            if piece == ".." { _ = parts.popLast() } else if piece != "." { parts.append(String(piece)) }
        }
        return parts.joined(separator: "/")
    }
}

/// Sends every event to several handlers (one pass over a Flat OPC file feeds styles, numbering and properties).
final class MultiplexHandler: XMLEventHandler {
    private let handlers: [XMLEventHandler]

    init(_ handlers: [XMLEventHandler]) { self.handlers = handlers }

    func startElement(_ element: XMLElementEvent) throws { for h in handlers { try h.startElement(element) } }
    func endElement(_ name: String, _ namespace: XMLNamespace) throws { for h in handlers { try h.endElement(name, namespace) } }
    func characters(_ bytes: UnsafeBufferPointer<UInt8>) throws { for h in handlers { try h.characters(bytes) } }
}

/// Forwards the events of chosen Flat OPC parts (`<pkg:part pkg:name="/word/document.xml">`) to a handler.
final class FlatOPCRouter: XMLEventHandler {
    private let accept: (String) -> XMLEventHandler?
    private var current: XMLEventHandler?
    private var partDepth = 0
    private(set) var partNames: [String] = []

    init(accept: @escaping (String) -> XMLEventHandler?) { self.accept = accept }

    func startElement(_ element: XMLElementEvent) throws {
        if element.namespace == .package, element.name == "part" {
            let name = element.attribute("name") ?? ""
            partNames.append(name)
            current = accept(name)
            return
        }
        try current?.startElement(element)
    }

    func endElement(_ name: String, _ namespace: XMLNamespace) throws {
        if namespace == .package, name == "part" { current = nil; return }
        try current?.endElement(name, namespace)
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) throws { try current?.characters(bytes) }
}
