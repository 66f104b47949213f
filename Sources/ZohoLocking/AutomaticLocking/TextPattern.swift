/// A `contains` criterion's text, prepared once for searching many record values
/// in time linear in each. Foundation's `contains` (what the criteria used)
/// compares every start against the whole needle: a stored criterion of 200k
/// `a`s and a `b` against a record field of 400k `a`s ran for minutes inside a
/// write transaction.
struct TextPattern {
    private let characters: [Character]
    /// Knuth-Morris-Pratt: `fallback[i]` is the length of the longest proper
    /// prefix of `characters[...i]` that is also its suffix.
    private let fallback: [Int]

    init(_ needle: String) {
        characters = Array(needle)
        var fallback = [Int](repeating: 0, count: characters.count)
        var matched = 0
        for index in characters.indices.dropFirst() {
            while matched > 0, characters[index] != characters[matched] { matched = fallback[matched - 1] }
            if characters[index] == characters[matched] { matched += 1 }
            fallback[index] = matched
        }
        self.fallback = fallback
    }

    /// Whether the pattern occurs in `text`, Character by Character: with the
    /// canonical equivalence `String` equality has, and never inside a Character
    /// (Foundation found 🇸🇫 inside 🇺🇸🇫🇷). An empty pattern occurs nowhere, as
    /// with Foundation's `contains`.
    func occurs(in text: String) -> Bool {
        guard !characters.isEmpty else { return false }
        var matched = 0
        for character in text {
            while matched > 0, character != characters[matched] { matched = fallback[matched - 1] }
            if character == characters[matched] { matched += 1 }
            if matched == characters.count { return true }
        }
        return false
    }
}
