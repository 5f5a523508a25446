"""Qt item models of the main screens, one module per model; they hold plain data, never a document."""
