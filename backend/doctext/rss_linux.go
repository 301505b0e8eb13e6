package doctext

func maxRSSBytes(v int64) int64 { return v * 1024 } // Linux reports kilobytes
