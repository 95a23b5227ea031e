"""One module per lab, holding that lab's plotting plumbing (never its mathematics)."""
