import DocumentModel
import Foundation

/// A statistical second opinion beside the rules: one logistic regression per top-level label over the TF-IDF of a
/// passage's words and adjacent word pairs, trained on gold passages (`reviewlens train`, `TextModelTrainer`) and
/// stored beside the rule packs as `Rules/model.json`. The classifier adds a label the rules did not give when the
/// label's probability reaches the model's threshold; its evidence names the model (`model.HS4`) and the word or word
/// pair that contributed most, with its span. Immutable; shared by every classifier thread.
public struct TextModel: Sendable {
    /// How the model was trained (stored in the file, so a model can be retrained the same way).
    public struct Parameters: Sendable, Equatable {
        /// Inverse strength of the L2 penalty (scikit-learn's `C`).
        public var c = 4.0
        /// Probability at which a label is added.
        public var threshold = 0.6
        /// Words and pairs seen in fewer gold passages than this are not features.
        public var minDocumentFrequency = 2
        /// Accelerated gradient steps per label.
        public var iterations = 2000
        /// Features are words' stems (British spelling, then Snowball, as the rules match them: "organisations" and
        /// "organized" are one feature) rather than words as written. Files without the setting hold words.
        public var stems = true

        public init() {}
    }

    public static let format = "reviewlens-text-model/1"

    public let labels: [String]
    /// Words ("carer", or their stems: "carer", "consult") and adjacent pairs ("not consult"), sorted.
    public let features: [String]
    public let parameters: Parameters
    /// What the model was trained on (gold file and splits), as `train` recorded it.
    public let trainedOn: String
    /// The gold splits it was trained on: figures on them are not estimates of accuracy.
    public let trainedSplits: [String]
    let idf: [Double]
    /// The weights feature by feature (`featureWeights[feature * labels.count + label]`), for scoring every label in
    /// one pass over a passage's features.
    let featureWeights: [Double]
    let bias: [Double]
    let wordIndex: [String: Int32]
    /// A pair's two word features (`first << 32 | second`) → the pair's feature.
    let pairIndex: [UInt64: Int32]

    init(labels: [String], features: [String], idf: [Double], weights: [[Double]], bias: [Double],
         parameters: Parameters, trainedOn: String, trainedSplits: [String] = []) throws {
        guard idf.count == features.count, weights.count == labels.count, bias.count == labels.count,
              weights.allSatisfy({ $0.count == features.count }) else {
            throw TextModelError("'idf' needs one value per feature, 'weights' one row of one weight per feature per label, 'bias' one value per label")
        }
        guard Set(labels).count == labels.count else { throw TextModelError("a label is listed twice in 'labels'") }
        guard Set(features).count == features.count else { throw TextModelError("a feature is listed twice in 'features'") }
        var words: [String: Int32] = [:]
        for (index, feature) in features.enumerated() where !feature.contains(" ") { words[feature] = Int32(index) }
        var pairs: [UInt64: Int32] = [:]
        for (index, feature) in features.enumerated() where feature.contains(" ") {
            let parts = feature.split(separator: " ", omittingEmptySubsequences: false)
            guard parts.count == 2, let first = words[String(parts[0])], let second = words[String(parts[1])] else {
                throw TextModelError("feature '\(feature)': a pair must be two words that are features themselves")
            }
            pairs[Self.pairKey(first, second)] = Int32(index)
        }
        self.labels = labels
        self.features = features
        self.idf = idf
        self.bias = bias
        self.parameters = parameters
        self.trainedOn = trainedOn
        self.trainedSplits = trainedSplits
        wordIndex = words
        pairIndex = pairs
        var byFeature = [Double](repeating: 0, count: features.count * labels.count)
        for (label, row) in weights.enumerated() {
            for (feature, weight) in row.enumerated() { byFeature[feature * labels.count + label] = weight }
        }
        featureWeights = byFeature
    }

    static func pairKey(_ first: Int32, _ second: Int32) -> UInt64 { UInt64(UInt32(first)) << 32 | UInt64(UInt32(second)) }

    /// A passage's features, as the model and its evidence need them.
    struct Vector {
        /// (feature, TF-IDF value), sorted by feature, L2-normalised.
        var values: [(feature: Int32, value: Double)] = []
        /// Per token: its word feature (or -1), and the pair feature it starts (or -1).
        var words: [Int32] = []
        var pairs: [Int32] = []
        /// Scratch: the features found, before counting; per label, the score.
        var ids: [Int32] = []
        var z: [Double] = []
    }

    /// The TF-IDF vector of tokenized text: sublinear term frequency (1 + ln tf) × idf, L2-normalised. Pairs are
    /// adjacent words of one sentence.
    func vector(_ tokens: [Token], into vector: inout Vector) {
        self.vector(tokens, words: tokens.map { wordIndex[$0.word] ?? -1 }, into: &vector)
    }

    /// As `vector(_:into:)`, with each token's word feature already looked up (`words`, -1 for none).
    func vector(_ tokens: [Token], words: [Int32], into vector: inout Vector) {
        vector.values.removeAll(keepingCapacity: true)
        vector.words.removeAll(keepingCapacity: true)
        vector.pairs.removeAll(keepingCapacity: true)
        vector.ids.removeAll(keepingCapacity: true)
        vector.words.append(contentsOf: words)
        for (i, word) in vector.words.enumerated() {
            if word >= 0 { vector.ids.append(word) }
            var pair: Int32 = -1
            if i + 1 < tokens.count, word >= 0, vector.words[i + 1] >= 0, tokens[i].sentence == tokens[i + 1].sentence {
                pair = pairIndex[Self.pairKey(word, vector.words[i + 1])] ?? -1
            }
            vector.pairs.append(pair)
            if pair >= 0 { vector.ids.append(pair) }
        }
        vector.ids.sort()
        var norm = 0.0
        var i = 0
        while i < vector.ids.count {
            let id = vector.ids[i]
            var j = i
            while j < vector.ids.count, vector.ids[j] == id { j += 1 }
            let value = (1 + log(Double(j - i))) * idf[Int(id)]
            vector.values.append((id, value))
            norm += value * value
            i = j
        }
        if norm > 0 {
            let scale = 1 / norm.squareRoot()
            for k in vector.values.indices { vector.values[k].value *= scale }
        }
    }

    /// Every label's probability, in one pass over the vector's features.
    func score(_ vector: inout Vector, into probabilities: inout [Double]) {
        let count = labels.count
        vector.z.removeAll(keepingCapacity: true)
        vector.z.append(contentsOf: bias)
        featureWeights.withUnsafeBufferPointer { weights in
            vector.z.withUnsafeMutableBufferPointer { z in
                for (feature, value) in vector.values {
                    let base = Int(feature) * count
                    for label in 0..<count { z[label] += weights[base + label] * value }
                }
            }
        }
        probabilities.removeAll(keepingCapacity: true)
        for label in 0..<count { probabilities.append(1 / (1 + exp(-vector.z[label]))) }
    }

    /// The sentence or clause (first and last token; `;` ends one too) whose features add most to `label`'s score, each
    /// feature counted once per sentence — a quote a reader can check, where the single strongest feature is often a
    /// common word ("she", "should"). The earliest wins a tie; nil only for no tokens.
    func strongestSentence(for label: Int, in vector: Vector, tokens: [Token]) -> (first: Int, last: Int)? {
        let count = labels.count
        func contribution(_ feature: Int32) -> Double {
            var low = 0, high = vector.values.count
            while low < high {
                let middle = (low + high) / 2
                if vector.values[middle].feature < feature { low = middle + 1 } else { high = middle }
            }
            guard low < vector.values.count, vector.values[low].feature == feature else { return 0 }
            return featureWeights[Int(feature) * count + label] * vector.values[low].value
        }
        var best: (first: Int, last: Int, total: Double)?
        var seen = Set<Int32>()
        var i = 0
        while i < tokens.count {
            var j = i, total = 0.0
            seen.removeAll(keepingCapacity: true)
            while j < tokens.count, tokens[j].sentence == tokens[i].sentence {
                if vector.words[j] >= 0, seen.insert(vector.words[j]).inserted { total += contribution(vector.words[j]) }
                if vector.pairs[j] >= 0, seen.insert(vector.pairs[j]).inserted { total += contribution(vector.pairs[j]) }
                j += 1
            }
            if best == nil || total > best!.total { best = (i, j - 1, total) }
            i = j
        }
        return best.map { ($0.first, $0.last) }
    }
}

/// A model file that cannot be used, with what is wrong.
public struct TextModelError: Error, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}

// MARK: - The file

extension TextModel {
    /// Reads `model.json` (as `encoded()` writes it).
    public init(json data: Data) throws {
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: data) } catch {
            throw TextModelError("not valid JSON (\(error.localizedDescription))")
        }
        guard let root = object as? [String: Any] else { throw TextModelError("expected a JSON object") }
        guard root["format"] as? String == Self.format else {
            throw TextModelError("'format' must be \"\(Self.format)\" (retrain with `reviewlens train`)")
        }
        func field<T>(_ name: String, _ type: T.Type) throws -> T {
            guard let value = root[name] as? T else { throw TextModelError("missing or malformed '\(name)'") }
            return value
        }
        // JSONSerialization gives numbers as NSNumber, Double or Int depending on the platform.
        func number(_ value: Any?) -> Double? {
            (value as? NSNumber)?.doubleValue ?? (value as? Double) ?? (value as? Int).map(Double.init)
        }
        func numbers(_ value: Any, _ name: String) throws -> [Double] {
            guard let list = value as? [Any] else { throw TextModelError("'\(name)' must be a list of numbers") }
            return try list.map {
                guard let value = number($0) else { throw TextModelError("'\(name)' must be a list of numbers") }
                return value
            }
        }
        let settings = try field("parameters", [String: Any].self)
        var parameters = Parameters()
        if let c = number(settings["c"]) { parameters.c = c }
        if let threshold = number(settings["threshold"]) { parameters.threshold = threshold }
        if let df = settings["min_document_frequency"] as? Int { parameters.minDocumentFrequency = df }
        if let iterations = settings["iterations"] as? Int { parameters.iterations = iterations }
        // Models written before stems were an option hold words as written.
        parameters.stems = (settings["stems"] as? Bool) ?? (settings["stems"] as? NSNumber)?.boolValue ?? false
        guard parameters.threshold > 0, parameters.threshold < 1 else { throw TextModelError("'threshold' must be between 0 and 1") }
        let labels = try field("labels", [String].self)
        for label in labels where !LabelCode.isWellFormed(label) { throw TextModelError("unknown label code '\(label)'") }
        let rows = try field("weights", [Any].self)
        try self.init(labels: labels, features: try field("features", [String].self), idf: try numbers(try field("idf", [Any].self), "idf"),
                      weights: try rows.map { try numbers($0, "weights") }, bias: try numbers(try field("bias", [Any].self), "bias"),
                      parameters: parameters, trainedOn: (root["trained_on"] as? String) ?? "",
                      trainedSplits: (root["trained_splits"] as? [String]) ?? [])
    }

    /// The model as `model.json`: the same model always gives the same bytes (one line per list; six significant digits).
    public func encoded() -> Data {
        func number(_ value: Double) -> String { String(format: "%.6g", value) }
        func strings(_ values: [String]) -> String { "[" + values.map { JSONValue.string($0).rendered() }.joined(separator: ", ") + "]" }
        func numbers(_ values: [Double]) -> String { "[" + values.map(number).joined(separator: ", ") + "]" }
        var out = "{\n"
        out += "  \"format\": \(JSONValue.string(Self.format).rendered()),\n"
        out += "  \"trained_on\": \(JSONValue.string(trainedOn).rendered()),\n"
        out += "  \"trained_splits\": \(strings(trainedSplits)),\n"
        out += "  \"parameters\": {\"c\": \(number(parameters.c)), \"threshold\": \(number(parameters.threshold)), "
            + "\"min_document_frequency\": \(parameters.minDocumentFrequency), \"iterations\": \(parameters.iterations), "
            + "\"stems\": \(parameters.stems)},\n"
        out += "  \"labels\": \(strings(labels)),\n"
        out += "  \"bias\": \(numbers(bias)),\n"
        out += "  \"features\": \(strings(features)),\n"
        out += "  \"idf\": \(numbers(idf)),\n"
        let rows = labels.indices.map { label in features.indices.map { featureWeights[$0 * labels.count + label] } }
        out += "  \"weights\": [\n" + rows.map { "    " + numbers($0) }.joined(separator: ",\n") + "\n  ]\n}\n"
        return Data(out.utf8)
    }
}
