// The BAG client lives here.
