// The KVK client lives here.
