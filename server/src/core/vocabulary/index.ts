/**
 * The language's words, in one place: the block keywords, the header keys
 * and their values, the ACTION statuses with the one "is this action open"
 * test and the separators that part an ACTION line, the attendance lists
 * and their labels, the list markers and the labels of a recorded vote. The lexer, the tree, the model,
 * the rules, completion, hover, semantic tokens, the exports and the
 * TextMate grammar's test read them from here, so a word added to a table
 * is known everywhere at once.
 *
 * One table per kind of word, each in its own file with a comment on what a
 * row holds; what the words mean, for hover and completion, is in
 * features/keyword-docs.ts. This module imports nothing from the rest of
 * the core.
 *
 * A new word of a kind already here is a new row of its table. A new kind
 * of word (a motion's outcomes, say) is a new file with its table and the
 * lookups its readers need, exported below, so that this stays the one
 * import point.
 */
export * from './action';
export * from './attendance';
export * from './header';
export * from './keywords';
export * from './markers';
export * from './votes';
