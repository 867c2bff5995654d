"""Qt item models over the store's SQL lists."""
