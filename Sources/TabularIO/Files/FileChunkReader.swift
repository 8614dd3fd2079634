#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a file front to back in fixed-size chunks through one owned file descriptor.
public final class FileChunkReader {
  private let descriptor: Int32
  /// The file's size in bytes when opened.
  public let size: Int

  /// Opens `path` for reading; fails for anything but a readable regular file.
  public init(path: String) throws(TableOpenError) {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw Self.systemError() }
    var status = stat()
    guard fstat(fd, &status) == 0 else {
      let error = Self.systemError()
      close(fd)
      throw error
    }
    guard (status.st_mode & S_IFMT) == S_IFREG else {
      close(fd)
      throw .notARegularFile
    }
    descriptor = fd
    size = Int(status.st_size)
  }

  deinit {
    close(descriptor)
  }

  /// Fills `buffer` as far as the file allows; returns the number of bytes read (0 at the end).
  public func read(into buffer: UnsafeMutableRawBufferPointer) throws(TableOpenError) -> Int {
    var filled = 0
    while filled < buffer.count {
      let got = Glibc.read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
      if got < 0 {
        if errno == EINTR { continue }
        throw Self.systemError()
      }
      if got == 0 { break }
      filled += got
    }
    return filled
  }

  /// Moves to byte `offset` from the start; the next read starts there.
  public func seek(to offset: Int) throws(TableOpenError) {
    guard lseek(descriptor, off_t(offset), SEEK_SET) >= 0 else { throw Self.systemError() }
  }

  private static func systemError() -> TableOpenError {
    let code = errno
    return .unreadable(code: code, message: String(cString: strerror(code)))
  }
}
