// The BRP client lives here.
