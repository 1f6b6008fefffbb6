import DocumentModel
import Foundation

/// Trains a `TextModel` on gold passages: features are the words (or stems) and same-sentence pairs found in at least
/// `minDocumentFrequency` passages, with smoothed idf (ln((1 + n) / (1 + df)) + 1); each label's logistic regression
/// minimises ½‖w‖² + C Σ sᵢ log(1 + e^(−yᵢ(w·xᵢ + b))) with balanced class weights sᵢ, by Nesterov-accelerated
/// gradient descent with a fixed number of steps (deterministic: the same passages give the same model, bit for bit).
public struct TextModelTrainer {
    public var parameters: TextModel.Parameters

    public init(parameters: TextModel.Parameters = .init()) {
        self.parameters = parameters
    }

    /// A model for `labels` (top-level codes; a passage carries a label when it lists it or one of its sub-items).
    /// `spelling`: the rule packs' American → British map, for stems (`parameters.stems`).
    public func train(_ passages: [GoldPassage], labels: [String], spelling: [String: String], trainedOn: String,
                      splits: [String] = []) throws -> TextModel {
        var tokenizer = Tokenizer()
        var documentFrequency: [String: Int] = [:]
        let normaliser = parameters.stems ? WordNormaliser(spelling: spelling) : nil
        // Tokenized once: for the document frequencies here and for the design matrix below. With stems, each
        // token's word is its feature key, as the classifier looks it up.
        let tokenized = passages.map { passage -> [Token] in
            var tokens: [Token] = []
            tokenizer.tokenize(passage.text, into: &tokens)
            if let normaliser {
                for i in tokens.indices { tokens[i].word = normaliser.stem(normaliser.british(tokens[i].word)) }
            }
            return tokens
        }
        for tokens in tokenized {
            var seen = Set<String>()
            for (i, token) in tokens.enumerated() {
                seen.insert(token.word)
                if i + 1 < tokens.count, tokens[i + 1].sentence == token.sentence { seen.insert(token.word + " " + tokens[i + 1].word) }
            }
            for feature in seen { documentFrequency[feature, default: 0] += 1 }
        }
        let features = documentFrequency.filter { $0.value >= parameters.minDocumentFrequency }.keys.sorted()
        let n = Double(passages.count)
        let idf = features.map { log((1 + n) / (1 + Double(documentFrequency[$0]!))) + 1 }
        let zero = [[Double]](repeating: [Double](repeating: 0, count: features.count), count: labels.count)
        let shape = try TextModel(labels: labels, features: features, idf: idf, weights: zero,
                                  bias: [Double](repeating: 0, count: labels.count), parameters: parameters, trainedOn: trainedOn)
        // The design matrix, one sparse row per passage, vectorised exactly as the classifier will.
        var rows: [[(feature: Int32, value: Double)]] = []
        var vector = TextModel.Vector()
        for tokens in tokenized {
            shape.vector(tokens, into: &vector)
            rows.append(vector.values)
        }
        var weights: [[Double]] = []
        var bias: [Double] = []
        for label in labels {
            let targets = passages.map { passage in passage.labels.contains { $0 == label || LabelCode.parent(of: $0) == label } }
            let (w, b) = fit(rows, targets, featureCount: features.count)
            weights.append(w)
            bias.append(b)
        }
        return try TextModel(labels: labels, features: features, idf: idf, weights: weights, bias: bias,
                             parameters: parameters, trainedOn: trainedOn, trainedSplits: splits)
    }

    /// One label's weights and intercept (the intercept is not penalised).
    func fit(_ rows: [[(feature: Int32, value: Double)]], _ targets: [Bool], featureCount: Int) -> ([Double], Double) {
        let positives = targets.filter { $0 }.count, count = targets.count
        guard positives > 0, positives < count else {
            return ([Double](repeating: 0, count: featureCount), positives == 0 ? -10 : 10)
        }
        // Balanced class weights, as scikit-learn's class_weight="balanced": n / (2 · n_class).
        let sampleWeight = targets.map { Double(count) / (2 * Double($0 ? positives : count - positives)) }
        let c = parameters.c
        // Step size from the largest eigenvalue of C/4 · Xᵀ S X (intercept column included) + I, by power iteration.
        var v = [Double](repeating: 1 / Double(featureCount + 1).squareRoot(), count: featureCount + 1)
        var eigenvalue = 1.0
        for _ in 0..<30 {
            var next = [Double](repeating: 0, count: featureCount + 1)
            for (i, row) in rows.enumerated() {
                var dot = v[featureCount]
                for (feature, value) in row { dot += v[Int(feature)] * value }
                dot *= sampleWeight[i]
                for (feature, value) in row { next[Int(feature)] += dot * value }
                next[featureCount] += dot
            }
            let norm = next.reduce(0) { $0 + $1 * $1 }.squareRoot()
            guard norm > 0 else { break }
            eigenvalue = norm
            v = next.map { $0 / norm }
        }
        let lipschitz = 1 + c / 4 * eigenvalue * 1.05
        let step = 1 / lipschitz
        let momentum = (lipschitz.squareRoot() - 1) / (lipschitz.squareRoot() + 1)
        var w = [Double](repeating: 0, count: featureCount), b = 0.0
        var previousW = w, previousB = b
        var gradient = [Double](repeating: 0, count: featureCount)
        for _ in 0..<parameters.iterations {
            // Look-ahead point y = x + momentum · (x − previous x).
            let yB = b + momentum * (b - previousB)
            var y = w
            for j in 0..<featureCount { y[j] += momentum * (w[j] - previousW[j]) }
            for j in 0..<featureCount { gradient[j] = y[j] }
            var gradientB = 0.0
            for (i, row) in rows.enumerated() {
                var z = yB
                for (feature, value) in row { z += y[Int(feature)] * value }
                let residual = c * sampleWeight[i] * (1 / (1 + exp(-z)) - (targets[i] ? 1 : 0))
                for (feature, value) in row { gradient[Int(feature)] += residual * value }
                gradientB += residual
            }
            previousW = w
            previousB = b
            for j in 0..<featureCount { w[j] = y[j] - step * gradient[j] }
            b = yB - step * gradientB
        }
        return (w, b)
    }
}
