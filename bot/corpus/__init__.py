"""Reading raw articles and extracting their quotations, people and facts into a sourced corpus."""
