/** Hewei internals: no compatibility promise, not exported by the module. */
@NullMarked
package org.hewei.governance.core.internal;

import org.jspecify.annotations.NullMarked;
