import fc from 'fast-check'

// Loaded only by mutation testing (stryker.config.mjs). A failing property there is a killed mutant:
// shrinking it to the smallest counterexample would only spend the mutant's time budget.
fc.configureGlobal({ endOnFailure: true })
