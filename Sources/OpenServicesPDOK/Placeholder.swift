// The PDOK client lives here.
