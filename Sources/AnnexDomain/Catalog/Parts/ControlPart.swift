/// A part of a control as OSCAL gives it: the statement with its items, guidance, objectives.
public struct ControlPart: Sendable, Equatable {
    public var id: String?
    /// `statement`, `item`, `guidance`, `assessment-objective`, or a deprecated name such as `objective`.
    public var name: String
    /// The label of a statement item (`a.`, `1.`, `(a)`).
    public var label: String?
    public var title: String?
    /// Markdown, possibly with `{{ insert: param, ID }}` placeholders.
    public var prose: String
    public var parts: [ControlPart]

    public init(id: String? = nil, name: String, label: String? = nil, title: String? = nil, prose: String = "", parts: [ControlPart] = []) {
        self.id = id
        self.name = name
        self.label = label
        self.title = title
        self.prose = prose
        self.parts = parts
    }

    /// The part and every part within it.
    public var all: [ControlPart] { [self] + parts.flatMap(\.all) }
}

public struct ControlProperty: Sendable, Equatable {
    public var name: String
    public var value: String
    public var namespace: String?
    public var propertyClass: String?

    public init(name: String, value: String, namespace: String? = nil, propertyClass: String? = nil) {
        self.name = name
        self.value = value
        self.namespace = namespace
        self.propertyClass = propertyClass
    }
}

/// A parameter a control's prose leaves for the organisation to set.
public struct ControlParameter: Sendable, Equatable {
    public enum HowMany: String, Sendable, Equatable { case one, oneOrMore = "one-or-more" }

    public var id: String
    public var label: String?
    public var usage: String?
    public var values: [String]
    /// A selection: one (or one or more) of these.
    public var choices: [String]?
    public var howMany: HowMany
    public var guidelines: [String]

    public init(id: String, label: String? = nil, usage: String? = nil, values: [String] = [], choices: [String]? = nil,
                howMany: HowMany = .one, guidelines: [String] = []) {
        self.id = id
        self.label = label
        self.usage = usage
        self.values = values
        self.choices = choices
        self.howMany = howMany
        self.guidelines = guidelines
    }
}
