/// The controls of other frameworks one control maps to, read from mappings in either
/// direction (a mapping from B to A is read backwards, subset and superset swapped).
public enum MappedControls {
    public struct Target: Sendable, Equatable {
        public var framework: String
        public var control: String
        /// How the control relates to the target (`subset`: the control lies within the target).
        public var relation: MappingRelation
        public var note: String?
    }

    public static func of(_ control: String, in framework: String, mappings: [FrameworkMapping]) -> [Target] {
        var targets: [Target] = []
        for mapping in mappings {
            if mapping.from == framework {
                for entry in mapping.entries where entry.from == control {
                    targets.append(Target(framework: mapping.to, control: entry.to, relation: entry.relation, note: entry.note))
                }
            } else if mapping.to == framework {
                for entry in mapping.entries where entry.to == control {
                    targets.append(Target(framework: mapping.from, control: entry.from, relation: entry.relation.inverse, note: entry.note))
                }
            }
        }
        return targets
    }
}
