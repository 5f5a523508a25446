"""Small reusable widgets and delegates of the main screens (header card, chips, bars, cards)."""
