package org.widthlab.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Why a file operation failed, in words a user reads (never an exception's class name). */
public final class IoMessages {

    private IoMessages() {
    }

    /** The reason of {@code failure}, e.g. "permission denied" or "No space left on device". */
    public static String reason(IOException failure) {
        if (failure instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (failure instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (failure instanceof NotDirectoryException) {
            return "a part of the path is not a folder";
        }
        if (failure instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        if (failure instanceof DirectoryNotEmptyException) {
            return "is a folder that is not empty";
        }
        if (failure instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        String message = failure.getMessage();
        return message == null || message.isBlank() ? "input/output error" : message;
    }
}
