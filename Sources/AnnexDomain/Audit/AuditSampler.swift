/// Draws audit samples that anyone can draw again: the same population, size and seed always
/// give the same items, on any machine and in any version, so the generator is our own
/// (SplitMix64) rather than the platform's.
public enum AuditSampler {
    /// A seeded random sample of `size` distinct entries, in the order they were drawn.
    public static func draw(from population: [String], size: Int, seed: UInt64) -> [String] {
        var generator = SplitMix64(seed: seed)
        var pool = population
        let count = min(max(0, size), pool.count)
        // A partial Fisher-Yates shuffle: the first `count` places end up as the sample.
        for index in 0..<count {
            let pick = index + Int(generator.next(below: UInt64(pool.count - index)))
            pool.swapAt(index, pick)
        }
        return Array(pool.prefix(count))
    }

    /// The sample record for a finding: what was sampled from and how to draw it again.
    public static func sample(population: [String], describedAs source: String, size: Int, seed: UInt64) -> AuditSample {
        let items = draw(from: population, size: size, seed: seed)
        return AuditSample(population: source, populationSize: population.count, size: items.count, method: "seeded-random", seed: seed, items: items)
    }

    /// A population typed or pasted: one entry per line, or separated by commas or semicolons
    /// when it is all on one line; blanks dropped, duplicates kept once, order kept.
    public static func population(from text: String) -> [String] {
        let lines = text.split(whereSeparator: \.isNewline)
        let pieces = lines.count > 1 ? lines : text.split(whereSeparator: { $0 == "," || $0 == ";" })
        var seen = Set<String>()
        var entries: [String] = []
        for piece in pieces {
            let entry = String(piece).trimmingWhitespace
            if !entry.isEmpty, seen.insert(entry).inserted { entries.append(entry) }
        }
        return entries
    }
}

/// SplitMix64 (Steele, Lea and Flood): tiny, fast, and fully determined by its seed.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in 0..<bound without modulo bias (rejection of the short top range).
    mutating func next(below bound: UInt64) -> UInt64 {
        precondition(bound > 0)
        let threshold = (0 &- bound) % bound
        while true {
            let value = next()
            if value >= threshold { return value % bound }
        }
    }
}
